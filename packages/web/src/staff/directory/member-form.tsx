import { StaffCategorySchema, StaffMemberSchema, StaffRoleSchema } from '@openhall/domain';
import { collectionForm } from '../console/collection-form.js';
import type { ConfigForm } from '../form-kit/config-form.js';
import { valueAt } from '../form-kit/form-shape.js';
import { staffWords } from '../staff-i18n.js';
import { directoryWords } from './directory-i18n.js';
import { directoryPaths } from './directory-paths.js';

/** One member of the staff directory, through the console's form kit (no removal: a member retires). */
export const memberForm: ConfigForm = {
  ...collectionForm('staff'),
  remove: undefined,
  route: '/:tenantId/staff/admin/staff/:itemId',
  path: (t, id) => directoryPaths.member(t, id ?? 'new'),
  back: (ctx) => ({ href: directoryPaths.list(ctx.tenantId), label: directoryWords[ctx.locale].back }),
  title: (ctx, value, isNew) => {
    const w = directoryWords[ctx.locale];
    return isNew ? w.newTitle : w.edit(String(valueAt(value, 'name') ?? ''));
  },
  schema: StaffMemberSchema,
  blank: (config) => ({
    id: '',
    name: '',
    departmentId: config.departments[0]?.id ?? '',
    windowIds: [],
    roles: [],
    category: 'civil-servant',
    retired: false,
  }),
  fields: (f, ctx, _value, isNew) => {
    const w = directoryWords[ctx.locale];
    const roles = staffWords[ctx.locale].roles;
    const { config } = ctx;
    return (
      <>
        {isNew ? f.text('id', w.id) : null}
        {f.text('name', w.name, { size: 20 })}
        {f.select(
          'departmentId',
          w.department,
          config.departments.map((d) => ({ value: d.id, label: d.name[ctx.locale] })),
        )}
        {f.checks(
          'windowIds',
          w.windows,
          config.windows.map((x) => ({ value: x.id, label: x.code })),
        )}
        {f.checks(
          'roles',
          w.roles,
          StaffRoleSchema.options.map((r) => ({ value: r, label: roles[r] })),
        )}
        {f.select(
          'category',
          w.category,
          StaffCategorySchema.options.map((k) => ({ value: k, label: w.categories[k] })),
        )}
        {f.check('retired', w.retired)}
      </>
    );
  },
};
