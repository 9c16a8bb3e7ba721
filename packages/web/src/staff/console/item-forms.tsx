import { DepartmentSchema, MatterSchema, ServiceWindowSchema } from '@openhall/domain';
import type { PageContext } from '../../page-context.js';
import type { ConfigForm } from '../form-kit/config-form.js';
import { valueAt } from '../form-kit/form-shape.js';
import { collectionForm } from './collection-form.js';
import { consoleWords } from './console-i18n.js';
import { type ConsoleCollection, consolePaths } from './console-paths.js';

const nameOf = (ctx: PageContext, value: unknown) => String(valueAt(value, `name.${ctx.locale}`) ?? '');

function common(collection: ConsoleCollection): Omit<ConfigForm, 'schema' | 'fields'> {
  return {
    ...collectionForm(collection),
    route: `/:tenantId/staff/admin/config/${collection}/:itemId`,
    path: (t, id) => consolePaths.item(t, collection, id),
    back: (ctx) => ({
      href: consolePaths.list(ctx.tenantId, collection),
      label: consoleWords[ctx.locale].sections[collection],
    }),
    title: (ctx, value, isNew) => {
      const w = consoleWords[ctx.locale];
      return isNew ? w.newOf(w.sections[collection]) : nameOf(ctx, value);
    },
  };
}

/** 进驻单位: a department's id and name. */
export const departmentForm: ConfigForm = {
  ...common('departments'),
  schema: DepartmentSchema,
  blank: () => ({ id: '', name: { zh: '', en: '' } }),
  fields: (f, ctx, _value, isNew) => {
    const w = consoleWords[ctx.locale];
    return (
      <>
        {isNew ? f.text('id', w.id) : null}
        {f.localized('name', w.name)}
      </>
    );
  },
};

const WINDOW_KINDS = [
  'department',
  'comprehensive',
  'consultation',
  'cashier',
  'certificate',
  'cannot-get-done',
  'complaint',
] as const;

/** 窗口: code, name, hall, department, floor, people at once, kind, retired. */
export const windowForm: ConfigForm = {
  ...common('windows'),
  title: (ctx, value, isNew) => {
    const w = consoleWords[ctx.locale];
    return isNew
      ? w.newOf(w.sections.windows)
      : `${String(valueAt(value, 'code') ?? '')} · ${nameOf(ctx, value)}`;
  },
  schema: ServiceWindowSchema,
  blank: (config) => ({
    id: '',
    code: '',
    name: { zh: '', en: '' },
    hallId: config.halls[0]?.id ?? '',
    departmentId: config.departments[0]?.id ?? '',
    staffCount: 1,
    kind: 'department',
    retired: false,
  }),
  fields: (f, ctx, _value, isNew) => {
    const w = consoleWords[ctx.locale];
    const { config } = ctx;
    return (
      <>
        {isNew ? f.text('id', w.id) : null}
        {f.text('code', w.window.code, { size: 16 })}
        {f.localized('name', w.name)}
        <div class="grid2">
          {f.select(
            'hallId',
            w.window.hall,
            config.halls.map((h) => ({ value: h.id, label: h.name[ctx.locale] })),
          )}
          {f.select(
            'departmentId',
            w.window.department,
            config.departments.map((d) => ({ value: d.id, label: d.name[ctx.locale] })),
          )}
        </div>
        <div class="grid2">
          {f.number('floor', w.window.floor, { min: -5, max: 100, optional: true })}
          {f.number('staffCount', w.window.staffCount, { min: 1, max: 20 })}
          {f.select(
            'kind',
            w.window.kind,
            WINDOW_KINDS.map((k) => ({ value: k, label: w.window.kinds[k] })),
          )}
        </div>
        {f.check('retired', w.window.retired)}
      </>
    );
  },
};

const DAY_KINDS = ['workday', 'restday', 'holiday'] as const;
const AVAILABILITIES = ['open', 'appointment-required', 'not-offered'] as const;

/** 事项: everything of a matter, with its materials for the one-time notice (一次告知) as rows. */
export const matterForm: ConfigForm = {
  ...common('matters'),
  schema: MatterSchema,
  blank: (config) => ({
    id: '',
    name: { zh: '', en: '' },
    category: '',
    departmentId: config.departments[0]?.id ?? '',
    windowIds: [],
    waysServed: ['on-site', 'appointment'],
    instant: false,
    mailing: [],
    availability: { workday: 'open', restday: 'appointment-required', holiday: 'appointment-required' },
    promisedDays: null,
    acceptanceMinutes: 15,
    materials: [{ zh: '', en: '' }],
    commitmentBased: false,
    slotMinutes: 30,
    retired: false,
  }),
  fields: (f, ctx, value, isNew) => {
    const w = consoleWords[ctx.locale];
    const m = w.matter;
    const { config } = ctx;
    const materials = valueAt(value, 'materials');
    const kinds = consoleWords[ctx.locale].day;
    return (
      <>
        {isNew ? f.text('id', w.id) : null}
        {f.localized('name', w.name)}
        <div class="grid2">
          {f.text('category', m.category, { size: 20 })}
          {f.select(
            'departmentId',
            m.department,
            config.departments.map((d) => ({ value: d.id, label: d.name[ctx.locale] })),
          )}
        </div>
        {f.checks(
          'windowIds',
          m.windows,
          config.windows.map((x) => ({
            value: x.id,
            label: `${x.code} ${x.name[ctx.locale]}${x.retired ? ` (${w.retired})` : ''}`,
          })),
        )}
        {f.rows('materials', m.materials, {
          count: Array.isArray(materials) ? materials.length : 0,
          max: 50,
          addLabel: m.addMaterial,
          row: (key) => f.localized(key, m.material),
        })}
        <div class="grid2">
          {f.checks(
            'waysServed',
            m.waysServed,
            (['on-site', 'appointment', 'remote'] as const).map((k) => ({ value: k, label: m.ways[k] })),
          )}
          {f.checks(
            'mailing',
            m.mailing,
            (['one-way', 'two-way'] as const).map((k) => ({ value: k, label: m.mailings[k] })),
          )}
        </div>
        {f.group(
          'availability',
          m.availability,
          <div class="grid2">
            {DAY_KINDS.map((k) =>
              f.select(
                `availability.${k}`,
                kinds[k],
                AVAILABILITIES.map((a) => ({ value: a, label: m.availabilities[a] })),
              ),
            )}
          </div>,
        )}
        <div class="grid2">
          {f.number('slotMinutes', m.slotMinutes, { min: 5, max: 240, step: 5 })}
          {f.number('acceptanceMinutes', m.acceptanceMinutes, { min: 1, max: 240 })}
          {f.number('promisedDays', m.promisedDays, { min: 0, max: 365, nullable: true })}
        </div>
        {f.check('instant', m.instant)}
        {f.check('commitmentBased', m.commitmentBased)}
        {f.words('keywords', m.keywords, m.keywordsHint)}
        {f.check('retired', m.retired)}
      </>
    );
  },
};
