import { type StaffingRules, StaffingRulesSchema, staffingRulesOf } from '@openhall/domain';
import { patchConfig } from '@openhall/services';
import type { ConfigForm } from '../form-kit/config-form.js';
import { valueAt } from '../form-kit/form-shape.js';
import { consoleWords } from './console-i18n.js';
import { consolePaths } from './console-paths.js';

const DAY_KINDS = ['workday', 'restday', 'holiday'] as const;
const WINDOW_KINDS = [
  'department',
  'comprehensive',
  'consultation',
  'cashier',
  'certificate',
  'cannot-get-done',
  'complaint',
] as const;
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/**
 * 排班规则: minimums per kind of day, duty minimums, door-to-door people, A/B roles and how each
 * staff category is compensated; saved as the API's merge patch of `staffingRules`.
 */
export const staffingRulesForm: ConfigForm = {
  route: '/:tenantId/staff/admin/config/staffing-rules',
  path: (t) => consolePaths.staffingRules(t),
  back: (ctx) => ({ href: consolePaths.index(ctx.tenantId), label: consoleWords[ctx.locale].back }),
  title: (ctx) => consoleWords[ctx.locale].rules.title,
  schema: StaffingRulesSchema,
  load: (config) => staffingRulesOf(config),
  change: ((rules: StaffingRules) => patchConfig({ staffingRules: rules })) as ConfigForm['change'],
  pointer: () => '/staffingRules',
  fields: (f, ctx, value) => {
    const w = consoleWords[ctx.locale];
    const r = w.rules;
    const { config } = ctx;
    const dayChoices = DAY_KINDS.map((k) => ({ value: k, label: w.day[k] }));
    const staff = config.staff
      .filter((s) => !s.retired)
      .map((s) => ({ value: s.id, label: `${s.name}（${s.windowIds.join('、') || s.id}）` }));
    return (
      <>
        {f.check('everyOpenWindowHourStaffed', r.everyOpenWindowHourStaffed)}
        {f.check('allWindowsOpenOnWorkdays', r.allWindowsOpenOnWorkdays)}
        {f.number('doorToDoorPeople', r.doorToDoorPeople, { min: 1, max: 5 })}
        {f.rows('minimums', r.minimums, {
          count: count(valueAt(value, 'minimums')),
          max: 50,
          stacked: true,
          row: (key) => (
            <>
              {f.checks(`${key}.dayKinds`, r.dayKinds, dayChoices)}
              <div class="grid2">
                {f.select(
                  `${key}.windowKind`,
                  w.window.kind,
                  WINDOW_KINDS.map((k) => ({ value: k, label: w.window.kinds[k] })),
                )}
                {f.select(
                  `${key}.per`,
                  r.per,
                  (['department', 'window', 'hall'] as const).map((k) => ({ value: k, label: r.pers[k] })),
                )}
                {f.number(`${key}.windows`, r.windows, { min: 1, max: 50 })}
                {f.number(`${key}.people`, r.people, { min: 1, max: 20 })}
              </div>
            </>
          ),
        })}
        {f.rows('dutyMinimums', r.dutyMinimums, {
          count: count(valueAt(value, 'dutyMinimums')),
          max: 10,
          stacked: true,
          row: (key) => (
            <>
              {f.checks(`${key}.dayKinds`, r.dayKinds, dayChoices)}
              <div class="grid2">
                {f.select(
                  `${key}.duty`,
                  r.duty,
                  (['service-section', 'on-call'] as const).map((k) => ({ value: k, label: r.duties[k] })),
                )}
                {f.number(`${key}.people`, r.people, { min: 1, max: 20 })}
              </div>
            </>
          ),
        })}
        {f.rows('abRoles', r.abRoles, {
          count: count(valueAt(value, 'abRoles')),
          max: 1000,
          stacked: true,
          row: (key) => (
            <>
              <div class="grid2">
                {f.select(
                  `${key}.windowId`,
                  r.window,
                  config.windows.map((x) => ({ value: x.id, label: `${x.code} ${x.name[ctx.locale]}` })),
                )}
                {f.select(`${key}.a`, r.a, staff)}
              </div>
              {f.rows(`${key}.b`, r.b, {
                count: count(valueAt(value, `${key}.b`)),
                max: 5,
                addLabel: r.addB,
                row: (bKey) => f.select(bKey, r.bHolder, staff),
              })}
            </>
          ),
        })}
        {(['civil-servant', 'contract'] as const).map((category) =>
          f.group(
            `compensation.${category}`,
            r.categories[category],
            <div class="grid2">
              {(['restday', 'holiday', 'extra'] as const).map((kind) =>
                f.select(
                  `compensation.${category}.${kind}`,
                  r.extraHours[kind],
                  (['leave', 'allowance'] as const).map((k) => ({ value: k, label: r.compensations[k] })),
                ),
              )}
            </div>,
          ),
        )}
      </>
    );
  },
};
