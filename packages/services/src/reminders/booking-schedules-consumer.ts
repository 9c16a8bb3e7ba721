import {
  bookingScheduleNames,
  bookingSchedules,
  DEFAULT_REMINDER_RULES,
  type DomainEvent,
  eventDataOf,
  type ReminderPolicy,
} from '@openhall/domain';
import type { EventConsumer } from '../events/event-consumer.js';
import type { ReminderDeps } from './reminder-deps.js';

const TYPES = new Set(['booking.created', 'booking.rescheduled', 'booking.cancelled']);

async function policyOf(deps: Pick<ReminderDeps, 'configStore'>, tenantId: string): Promise<ReminderPolicy> {
  const policy = (await deps.configStore.getConfig(tenantId))?.config.bookingPolicy;
  return {
    reminders: policy?.reminders ?? DEFAULT_REMINDER_RULES,
    lateLimitMinutes: policy?.lateLimitMinutes ?? 30,
  };
}

/**
 * Keeps a booking's one-time schedules (its reminders and its lateness check) in step with it:
 * created makes them, moved deletes the old start's and makes the new start's, cancelled deletes
 * them. Every call is idempotent (names are deterministic: a create that exists is done, a delete of
 * what is gone is fine), so a redelivered or late event does no harm; a schedule left behind by an
 * event out of order finds the booking moved or cancelled when it fires and sends nothing.
 */
export function bookingSchedulesConsumer(deps: ReminderDeps): EventConsumer {
  return {
    name: 'booking-schedules',
    handles: (event) => TYPES.has(event.type),
    async handle(event: DomainEvent) {
      const { tenantId } = event;
      const policy = await policyOf(deps, tenantId);
      const now = deps.now();
      const create = async (code: string, start: string) => {
        for (const schedule of bookingSchedules({ tenantId, code, start }, policy, now)) {
          await deps.scheduler.create(schedule);
        }
      };
      const remove = async (code: string, start: string) => {
        for (const { group, name } of bookingScheduleNames({ tenantId, code, start }, policy)) {
          await deps.scheduler.delete(group, name);
        }
      };
      const created = eventDataOf(event, 'booking.created');
      if (created) return create(created.code, created.start);
      const moved = eventDataOf(event, 'booking.rescheduled');
      if (moved) {
        if (moved.previous.start !== moved.start) await remove(moved.code, moved.previous.start);
        return create(moved.code, moved.start);
      }
      const cancelled = eventDataOf(event, 'booking.cancelled');
      if (cancelled) return remove(cancelled.code, cancelled.start);
    },
  };
}
