import {
  DEFAULT_REMINDER_RULES,
  reminderKey,
  reminderSms,
  reminderTemplateOf,
  type ScheduledTask,
} from '@openhall/domain';
import { runOnce } from '../events/run-once.js';
import type { ReminderDeps } from './reminder-deps.js';

export type ReminderOutcome = 'sent' | 'already-sent' | 'not-due';

/**
 * A reminder's schedule fired: the booking is read again and reminded only if it is still booked at
 * the start the schedule was made for (a moved or cancelled booking gets nothing), and only once per
 * booking, rule and start even if the schedule fires twice. A failed send gives the claim back and
 * throws, so the scheduler's retry sends it.
 */
export async function bookingReminderDue(
  deps: Pick<ReminderDeps, 'bookingStore' | 'configStore' | 'notifier' | 'onceStore' | 'now'>,
  task: Extract<ScheduledTask, { kind: 'booking-reminder' }>,
): Promise<ReminderOutcome> {
  const stored = await deps.bookingStore.getBooking(task.tenantId, task.code);
  const booking = stored?.booking;
  if (!stored || booking?.status !== 'booked' || Date.parse(booking.start) !== Date.parse(task.start)) {
    return 'not-due';
  }
  // The text is the one the tenant's rule names now (a rule edited since the booking speaks its new text).
  const config = (await deps.configStore.getConfig(task.tenantId))?.config;
  const rules = config?.bookingPolicy?.reminders ?? DEFAULT_REMINDER_RULES;
  const rule = { id: task.ruleId, templateKey: reminderTemplateOf(rules, task.ruleId) };
  const outcome = await runOnce(
    deps.onceStore,
    {
      tenantId: task.tenantId,
      scope: 'reminder',
      key: reminderKey(task.code, task.ruleId, booking.start),
      now: deps.now(),
    },
    () => deps.notifier.sendSms(reminderSms(stored, rule)),
  );
  return outcome === 'ran' ? 'sent' : 'already-sent';
}
