import { addDays } from '../calendar/date-math.js';
import type { OneTimeSchedule, ScheduleGroup } from '../ports/scheduler.js';
import { shanghaiDateOf, shanghaiIsoAt } from '../shared/shanghai-time.js';
import type { ReminderTiming } from './reminder-rule.js';

/** What the schedules of a booking are made from: ids and its start, never the applicant. */
export interface ScheduledBooking {
  tenantId: string;
  code: string;
  /** ISO 8601 +08:00. */
  start: string;
}

export interface ReminderPolicy {
  reminders: readonly ReminderTiming[];
  /** The lateness check runs this long after the start. */
  lateLimitMinutes: number;
}

/** When a rule reminds of a booking starting at `start`. */
export function reminderAt(start: string, rule: ReminderTiming): Date {
  if ('minutesBefore' in rule) return new Date(Date.parse(start) - rule.minutesBefore * 60_000);
  const day = addDays(shanghaiDateOf(new Date(start)), -rule.daysBefore);
  return new Date(shanghaiIsoAt(day, rule.at));
}

/** `202611301430` of an instant in Shanghai time. */
function stamp(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return d.slice(0, 16).replace(/[-T:]/g, '');
}

/**
 * A schedule's name: the booking code, the purpose, the start it is for and a short hash of the
 * tenant (names are unique per group, groups shared by every tenant; at most 64 characters). The
 * same booking, purpose and start always give the same name, so a re-create is a no-op and a move
 * (a new start) gives new names.
 * @example scheduleName('zibo', 'K7QXM4RTD', 'day-before', '2026-12-01T10:00:00+08:00') // 'K7QXM4RTD-day-before-202612011000-…'
 */
export function scheduleName(tenantId: string, code: string, purpose: string, start: string): string {
  const tenant = fnv1a(tenantId);
  return `${code}-${purpose}-${stamp(start)}-${tenant}`;
}

const LATENESS = 'late';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, and enough to keep tenants' names apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The one-time schedules a booked booking needs: one per reminder rule whose time is still ahead of
 * `now`, and the lateness check `lateLimitMinutes` after the start.
 */
export function bookingSchedules(
  booking: ScheduledBooking,
  policy: ReminderPolicy,
  now: Date,
): OneTimeSchedule[] {
  const { tenantId, code, start } = booking;
  const reminders = policy.reminders
    .map((rule) => ({ rule, at: reminderAt(start, rule) }))
    .filter(({ at }) => at.getTime() > now.getTime() && at.getTime() < Date.parse(start))
    .map(({ rule, at }) => ({
      name: scheduleName(tenantId, code, rule.id, start),
      group: 'reminders' as const,
      at,
      task: { kind: 'booking-reminder' as const, tenantId, code, ruleId: rule.id, start },
    }));
  const lateAt = new Date(Date.parse(start) + policy.lateLimitMinutes * 60_000);
  const lateness: OneTimeSchedule[] =
    lateAt.getTime() > now.getTime()
      ? [
          {
            name: scheduleName(tenantId, code, LATENESS, start),
            group: 'lateness',
            at: lateAt,
            task: { kind: 'booking-lateness', tenantId, code, start },
          },
        ]
      : [];
  return [...reminders, ...lateness];
}

/**
 * Every schedule a booking at `start` may have had under the rules given (whether or not its time
 * had passed): what a cancel or a move deletes.
 */
export function bookingScheduleNames(
  booking: ScheduledBooking,
  policy: Pick<ReminderPolicy, 'reminders'>,
): { group: ScheduleGroup; name: string }[] {
  const { tenantId, code, start } = booking;
  return [
    ...policy.reminders.map((rule) => ({
      group: 'reminders' as const,
      name: scheduleName(tenantId, code, rule.id, start),
    })),
    { group: 'lateness' as const, name: scheduleName(tenantId, code, LATENESS, start) },
  ];
}
