import {
  type CalendarOverride,
  CalendarOverrideSchema,
  DayKindSchema,
  type TenantConfig,
} from '@openhall/domain';
import { type ConfigChange, removeCalendarOverride, setCalendarOverride } from '@openhall/services';
import { dayHoursFields } from '../console/day-hours-fields.js';
import type { ConfigForm } from '../form-kit/config-form.js';
import { valueAt } from '../form-kit/form-shape.js';
import { staffPaths } from '../staff-paths.js';
import { calendarWords } from './calendar-i18n.js';

/** The override of a date for all halls is `2026-12-15`; for one hall `2026-12-15~zibo-center`. */
export const overrideKey = (o: { date: string; hallId?: string | undefined }) =>
  o.hallId ? `${o.date}~${o.hallId}` : o.date;

const keyParts = (key: string) => {
  const [date = '', hallId] = key.split('~');
  return { date, hallId };
};

export const calendarPaths = {
  list: (t: string) => `${staffPaths.admin(t)}/calendar`,
  override: (t: string, key = 'new') => `${staffPaths.admin(t)}/calendar/${encodeURIComponent(key)}`,
};

const find = (config: TenantConfig, key: string) => {
  const { date, hallId } = keyParts(key);
  return config.calendarOverrides.findIndex((o) => o.date === date && o.hallId === hallId);
};

type OverrideForm = Omit<CalendarOverride, 'hours'> & { changeHours?: boolean; hours?: unknown };

/**
 * One calendar override (a local closure, special hours, a kind of day): its date and hall fixed
 * once saved, its kind, hours (when it changes them) and public reason; saved as the API's PUT.
 */
export const overrideForm: ConfigForm = {
  route: '/:tenantId/staff/admin/calendar/:itemId',
  path: (t, key) => calendarPaths.override(t, key),
  back: (ctx) => ({ href: calendarPaths.list(ctx.tenantId), label: calendarWords[ctx.locale].title }),
  title: (ctx, value, isNew) => {
    const w = calendarWords[ctx.locale];
    if (isNew) return w.add;
    const hallId = valueAt(value, 'hallId') as string | undefined;
    const hall = hallId ? ctx.config.halls.find((h) => h.id === hallId)?.name[ctx.locale] : w.allHalls;
    return `${String(valueAt(value, 'date'))} · ${hall ?? hallId}`;
  },
  schema: CalendarOverrideSchema,
  load: (config, key) => {
    const o = key === undefined ? undefined : config.calendarOverrides[find(config, key)];
    return o && { ...o, changeHours: o.hours !== undefined, hours: o.hours ?? closedHours };
  },
  blank: () => ({ date: '', reason: '', changeHours: true, hours: closedHours }),
  idOf: (value) => overrideKey(value as OverrideForm),
  takenAt: 'date',
  // "Change the hours" unticked leaves the day's hours as the calendar has them.
  adapt: (value) => {
    const { changeHours, hours, ...rest } = value as OverrideForm;
    return changeHours ? { ...rest, hours } : rest;
  },
  change: ((o: CalendarOverride): ConfigChange => {
    const { date, ...change } = o;
    return setCalendarOverride(date, change);
  }) as ConfigForm['change'],
  remove: (key) => {
    const { date, hallId } = keyParts(key);
    return removeCalendarOverride(date, hallId);
  },
  afterRemove: (t) => calendarPaths.list(t),
  // A saved override goes last in the list (replacing the date's old one).
  pointer: (config, key) => {
    const n = config.calendarOverrides.length;
    return `/calendarOverrides/${find(config, key) >= 0 ? n - 1 : n}`;
  },
  fields: (f, ctx, value, isNew) => {
    const w = calendarWords[ctx.locale];
    return (
      <>
        {isNew ? (
          <div class="grid2">
            {f.date('date', w.date)}
            {f.select(
              'hallId',
              w.hall,
              ctx.config.halls.map((h) => ({ value: h.id, label: h.name[ctx.locale] })),
              { blank: w.allHalls },
            )}
          </div>
        ) : null}
        {f.select(
          'kind',
          w.kind,
          DayKindSchema.options.map((k) => ({ value: k, label: w.kinds[k] })),
          { blank: w.keepKind },
        )}
        {f.check('changeHours', w.changeHours)}
        {dayHoursFields(f, ctx.locale, 'hours', w.hours, value)}
        {f.text('reason', w.reason, { size: 50 })}
      </>
    );
  },
};

const closedHours = { sessions: [], mode: 'walk-in', noGapLunch: false };
