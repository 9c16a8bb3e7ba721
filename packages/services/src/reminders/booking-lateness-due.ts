import { newEvent, parseShanghaiIso, type ScheduledTask, toShanghaiIso } from '@openhall/domain';
import { raiseStaffAlerts } from '../alerts/raise-staff-alerts.js';
import { runOnce } from '../events/run-once.js';
import type { ReminderDeps } from './reminder-deps.js';

export type LatenessOutcome = 'flagged' | 'already-flagged' | 'not-late';

/**
 * The lateness check fired (30 minutes after the start by default): a booking still `booked` (not
 * checked in) at the start it was made for is flagged on its window's board with a `booking.late`
 * event, goes on the alert lists of its window's holders and the section managers, and the section
 * managers are told by SMS once. A moved, cancelled or checked-in booking is left alone.
 */
export async function bookingLatenessDue(
  deps: Pick<
    ReminderDeps,
    'bookingStore' | 'configStore' | 'jobStore' | 'staffAlerts' | 'alertStore' | 'onceStore' | 'now'
  >,
  task: Extract<ScheduledTask, { kind: 'booking-lateness' }>,
): Promise<LatenessOutcome> {
  const stored = await deps.bookingStore.getBooking(task.tenantId, task.code);
  const booking = stored?.booking;
  if (!stored || booking?.status !== 'booked' || Date.parse(booking.start) !== Date.parse(task.start)) {
    return 'not-late';
  }
  const now = deps.now();
  const lateMinutes = Math.max(0, Math.floor((now.getTime() - Date.parse(booking.start)) / 60_000));
  const event = newEvent({
    type: 'booking.late',
    eventId: `booking.${booking.code}.late.${booking.start.slice(0, 16).replace(/[-:T]/g, '')}`,
    tenantId: booking.tenantId,
    at: now,
    actor: 'system',
    subjectId: booking.code,
    data: {
      code: booking.code,
      matterId: booking.matterId,
      hallId: booking.hallId,
      windowId: booking.windowId,
      start: booking.start,
      end: booking.end,
      bookingVersion: stored.version,
      lateMinutes,
    },
  });
  const flagged = await deps.jobStore.flagLate(
    {
      code: booking.code,
      hallId: booking.hallId,
      windowId: booking.windowId,
      date: parseShanghaiIso(booking.start).date,
      start: booking.start,
      flaggedAt: toShanghaiIso(now),
    },
    event,
  );
  // Raised before the SMS: a retry after a failed send finds the alerts there and raises nothing new.
  await raiseStaffAlerts(
    deps,
    booking.tenantId,
    [
      {
        kind: 'late-booking',
        subjectId: booking.code,
        stage: 'late',
        dueAt: booking.start,
        owner: { windowId: booking.windowId, sectionManagers: true },
      },
    ],
    now,
  );
  await runOnce(
    deps.onceStore,
    { tenantId: booking.tenantId, scope: 'late-alert', key: event.eventId, now },
    () =>
      deps.staffAlerts.tellSectionManagers(booking.tenantId, {
        templateKey: 'booking-late',
        params: {
          code: booking.code,
          windowId: booking.windowId,
          start: booking.start,
          lateMinutes: String(lateMinutes),
        },
        idempotencyKey: event.eventId,
      }),
  );
  return flagged === 'flagged' ? 'flagged' : 'already-flagged';
}
