import { type BookingPolicy, BookingPolicySchema, type ReminderRule } from '@openhall/domain';
import { replaceBookingPolicy } from '@openhall/services';
import type { ConfigForm } from '../form-kit/config-form.js';
import { valueAt } from '../form-kit/form-shape.js';
import { consoleWords } from './console-i18n.js';
import { consolePaths } from './console-paths.js';

type ReminderRow = {
  id?: unknown;
  kind?: unknown;
  daysBefore?: unknown;
  at?: unknown;
  minutesBefore?: unknown;
};

/** A reminder as a row of the form: which of the two kinds it is, said by a field. */
const rowOf = (r: ReminderRule): ReminderRow => ({ ...r, kind: 'daysBefore' in r ? 'days' : 'minutes' });

/** A row as the schema has it: the fields of its kind only. */
const ruleOf = (r: ReminderRow) =>
  r.kind === 'days'
    ? { id: r.id, daysBefore: r.daysBefore, at: r.at }
    : { id: r.id, minutesBefore: r.minutesBefore };

/** 预约规则: every field of the booking policy, saved as the API's `PUT booking-policy`. */
export const bookingPolicyForm: ConfigForm = {
  route: '/:tenantId/staff/admin/config/booking-policy',
  path: (t) => consolePaths.bookingPolicy(t),
  back: (ctx) => ({ href: consolePaths.index(ctx.tenantId), label: consoleWords[ctx.locale].back }),
  title: (ctx) => consoleWords[ctx.locale].policy.title,
  schema: BookingPolicySchema,
  load: (config) => ({ ...config.bookingPolicy, reminders: config.bookingPolicy.reminders.map(rowOf) }),
  adapt: (value) => {
    const policy = value as { reminders?: unknown };
    return Array.isArray(policy.reminders)
      ? { ...policy, reminders: (policy.reminders as ReminderRow[]).map(ruleOf) }
      : value;
  },
  change: ((policy: BookingPolicy) => replaceBookingPolicy(policy)) as ConfigForm['change'],
  pointer: () => '/bookingPolicy',
  fields: (f, ctx, value) => {
    const p = consoleWords[ctx.locale].policy;
    const day = consoleWords[ctx.locale].day;
    const sessions = valueAt(value, 'deskPhone.sessions');
    const reminders = valueAt(value, 'reminders');
    return (
      <>
        <div class="grid2">
          {f.number('leadTimeMinutes', p.leadTimeMinutes, { min: 0, max: 10080 })}
          {f.number('horizonDays', p.horizonDays, { min: 0, max: 180 })}
          {f.number('maxBookingMinutes', p.maxBookingMinutes, { min: 5, max: 720 })}
          {f.number('changeCutoffMinutes', p.changeCutoffMinutes, { min: 0, max: 10080 })}
          {f.number('lateLimitMinutes', p.lateLimitMinutes, { min: 0, max: 240 })}
          {f.number('staffChangeNoticeHours', p.staffChangeNoticeHours, { min: 0, max: 168 })}
          {f.number('deskPhoneHoldbackPercent', p.deskPhoneHoldbackPercent, { min: 0, max: 100 })}
          {f.number('rateLimitPerMinute', p.rateLimitPerMinute, { min: 1, max: 10000 })}
        </div>
        {f.select(
          'holidayBooking',
          p.holidayBooking,
          (['anytime', 'on-prior-working-day'] as const).map((k) => ({
            value: k,
            label: p.holidayBookings[k],
          })),
        )}
        {f.group(
          'deskPhone',
          p.deskPhone,
          <>
            {f.text('deskPhone.phone', p.phone, { optional: true, size: 16 })}
            {f.check('deskPhone.workingDaysOnly', p.workingDaysOnly)}
            {f.rows('deskPhone.sessions', p.deskSessions, {
              count: Array.isArray(sessions) ? sessions.length : 0,
              max: 6,
              addLabel: day.addSession,
              row: (key) => (
                <>
                  {f.time(`${key}.from`, day.from)}
                  {f.time(`${key}.to`, day.to)}
                </>
              ),
            })}
          </>,
        )}
        {f.group(
          'perPerson',
          p.perPerson,
          <div class="grid2">
            {f.number('perPerson.perMatterPerDay', p.perMatterPerDay, { min: 1, max: 10 })}
            {f.number('perPerson.active', p.active, { min: 1, max: 50 })}
          </div>,
        )}
        {f.check('provisionalDaysBookableOnline', p.provisionalDaysBookableOnline)}
        {f.select(
          'phoneVerification',
          p.phoneVerification,
          (['sms', 'off'] as const).map((k) => ({ value: k, label: p.phoneVerifications[k] })),
        )}
        {f.rows('reminders', p.reminders, {
          count: Array.isArray(reminders) ? reminders.length : 0,
          max: 4,
          addLabel: p.addReminder,
          row: (key) => (
            <>
              {f.text(`${key}.id`, p.reminderId, { size: 14 })}
              {f.select(
                `${key}.kind`,
                p.reminderKind,
                (['days', 'minutes'] as const).map((k) => ({ value: k, label: p.reminderKinds[k] })),
              )}
              {f.number(`${key}.daysBefore`, p.daysBefore, { min: 1, max: 7, optional: true })}
              {f.time(`${key}.at`, p.at)}
              {f.number(`${key}.minutesBefore`, p.minutesBefore, { min: 5, max: 1440, optional: true })}
            </>
          ),
        })}
      </>
    );
  },
};
