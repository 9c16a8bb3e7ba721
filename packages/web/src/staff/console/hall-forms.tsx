import { type Hall, HallSchema, type TenantConfig } from '@openhall/domain';
import type { PageContext } from '../../page-context.js';
import type { ConfigForm } from '../form-kit/config-form.js';
import type { FormKit } from '../form-kit/form-kit.js';
import { valueAt } from '../form-kit/form-shape.js';
import { collectionForm } from './collection-form.js';
import { consoleWords } from './console-i18n.js';
import { consolePaths } from './console-paths.js';
import { dayHoursFields } from './day-hours-fields.js';

const halls = collectionForm('halls');
const ROUTE = '/:tenantId/staff/admin/config/halls/:itemId';
const back = (ctx: PageContext) => ({
  href: consolePaths.list(ctx.tenantId, 'halls'),
  label: consoleWords[ctx.locale].sections.halls,
});
const nameOf = (ctx: PageContext, value: unknown) => String(valueAt(value, `name.${ctx.locale}`) ?? '');

/** A new hall: working days 9:00-12:00 and 13:00-17:00, closed on other days, until edited. */
function blankHall(): unknown {
  const closed = { sessions: [], mode: 'walk-in', noGapLunch: false };
  return {
    id: '',
    name: { zh: '', en: '' },
    kind: 'convenience-centre',
    address: { zh: '', en: '' },
    openingPolicy: {
      workday: {
        sessions: [
          { from: '09:00', to: '12:00' },
          { from: '13:00', to: '17:00' },
        ],
        mode: 'walk-in',
        noGapLunch: false,
      },
      restday: closed,
      holiday: closed,
      extendedService: false,
      specialPeriods: [],
    },
  };
}

/** A hall's name, kind, address and phone. */
export const hallForm: ConfigForm = {
  ...halls,
  route: ROUTE,
  path: (t, id) => consolePaths.item(t, 'halls', id),
  back,
  title: (ctx, value, isNew) =>
    isNew ? consoleWords[ctx.locale].newOf(consoleWords[ctx.locale].sections.halls) : nameOf(ctx, value),
  schema: HallSchema,
  blank: blankHall,
  fields: (f, ctx, value, isNew) => {
    const w = consoleWords[ctx.locale];
    const id = String(valueAt(value, 'id') ?? '');
    return (
      <>
        {isNew ? f.text('id', w.id) : null}
        {f.localized('name', w.name)}
        {f.select(
          'kind',
          w.hall.kind,
          (['district-hall', 'convenience-centre'] as const).map((k) => ({
            value: k,
            label: w.hall.kinds[k],
          })),
        )}
        {f.localized('address', w.hall.address)}
        {f.text('phone', w.hall.phone, { optional: true, size: 16 })}
        {isNew ? null : (
          <p>
            <a class="btn" href={consolePaths.opening(ctx.tenantId, id)}>
              {w.hall.opening}
            </a>{' '}
            <a class="btn" href={consolePaths.lunar(ctx.tenantId, id)}>
              {w.hall.lunar}
            </a>
          </p>
        )}
      </>
    );
  },
};

/** A hall's opening policy per kind of day, with the lunch each leaves, and extended service. */
export const openingForm: ConfigForm = {
  ...halls,
  remove: undefined,
  route: `${ROUTE}/opening`,
  path: (t, id) => consolePaths.opening(t, id),
  back: (ctx) => back(ctx),
  title: (ctx, value) => consoleWords[ctx.locale].hall.openingTitle(nameOf(ctx, value)),
  schema: HallSchema,
  fields: (f, ctx, value) => {
    const w = consoleWords[ctx.locale].day;
    const kinds = [
      dayHoursFields(f, ctx.locale, 'openingPolicy.workday', w.workday, value),
      dayHoursFields(f, ctx.locale, 'openingPolicy.restday', w.restday, value),
      dayHoursFields(f, ctx.locale, 'openingPolicy.holiday', w.holiday, value),
    ];
    return (
      <>
        <div class="grid2">{kinds}</div>
        <fieldset class="group" id="makeup-day">
          <legend>{w.makeup}</legend>
          <p>{w.makeupNote}</p>
        </fieldset>
        {f.check('openingPolicy.extendedService', w.extendedService)}
      </>
    );
  },
};

type LunarForm = { eve?: boolean; month?: unknown; day?: unknown };
const lunarRef = (r: LunarForm | undefined) => (r?.eve ? { eve: true } : { month: r?.month, day: r?.day });

/** The lunar special periods of a hall (除夕 to 正月初二 appointment only …), each with its hours. */
export const lunarForm: ConfigForm = {
  ...halls,
  remove: undefined,
  route: `${ROUTE}/lunar`,
  path: (t, id) => consolePaths.lunar(t, id),
  back: (ctx) => back(ctx),
  title: (ctx, value) => consoleWords[ctx.locale].hall.lunarTitle(nameOf(ctx, value)),
  schema: HallSchema,
  // The form has a 除夕 box beside month and day; the schema has `{eve: true}` or `{month, day}`.
  adapt: (value) => {
    const hall = value as Hall & { openingPolicy: { specialPeriods: { from: LunarForm; to: LunarForm }[] } };
    const periods = hall.openingPolicy?.specialPeriods;
    if (!Array.isArray(periods)) return value;
    return {
      ...hall,
      openingPolicy: {
        ...hall.openingPolicy,
        specialPeriods: periods.map((p) => ({ ...p, from: lunarRef(p.from), to: lunarRef(p.to) })),
      },
    };
  },
  fields: (f, ctx, value) => {
    const w = consoleWords[ctx.locale];
    const periods = valueAt(value, 'openingPolicy.specialPeriods');
    return f.rows('openingPolicy.specialPeriods', w.lunar.periods, {
      count: Array.isArray(periods) ? periods.length : 0,
      max: 20,
      addLabel: w.lunar.addPeriod,
      stacked: true,
      row: (key) => (
        <>
          {f.text(`${key}.id`, w.id, { size: 16 })}
          {f.localized(`${key}.name`, w.name)}
          <div class="grid2">
            {lunarDate(f, `${key}.from`, w.lunar.from, w)}
            {lunarDate(f, `${key}.to`, w.lunar.to, w)}
          </div>
          {dayHoursFields(f, ctx.locale, `${key}.hours`, w.lunar.hours, value)}
        </>
      ),
    });
  },
};

function lunarDate(f: FormKit, key: string, legend: string, w: (typeof consoleWords)['zh']) {
  return f.group(
    key,
    legend,
    <>
      {f.check(`${key}.eve`, w.lunar.eve)}
      {f.number(`${key}.month`, w.lunar.month, { min: 1, max: 12, optional: true })}
      {f.number(`${key}.day`, w.lunar.dayOf, { min: 1, max: 30, optional: true })}
    </>,
  );
}

/** Halls as the list page shows them. */
export function hallSummary(config: TenantConfig, hall: Hall, locale: 'zh' | 'en'): string {
  const w = consoleWords[locale];
  const windows = config.windows.filter((x) => x.hallId === hall.id).length;
  return `${w.hall.kinds[hall.kind]} · ${w.list.windowsOf(windows)}`;
}
