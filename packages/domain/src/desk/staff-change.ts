import type { Booking } from '../booking/booking-schemas.js';
import { toShanghaiMinuteIso } from '../shared/shanghai-time.js';
import type { BookingPolicy } from '../tenant/booking-policy.js';
import type { HandlingStep } from './booking-handling.js';
import { HandlingError, StaffChangeNoticeTooLateError } from './desk-errors.js';
import type { StaffChange } from './handling-schemas.js';
import { type StaffActor, servesAny } from './staff-actor.js';

/** What a handler asks: move the booking to `start`, or cancel it, for a reason. */
export interface StaffChangeAsk {
  kind: 'reschedule' | 'cancel';
  start?: string | undefined;
  reason: string;
  forceMajeure: boolean;
}

/** The change waiting for the section manager, if any. */
export function pendingChange(booking: Pick<Booking, 'staffChanges'>): StaffChange | undefined {
  const last = booking.staffChanges?.at(-1);
  return last?.state === 'pending' ? last : undefined;
}

/** Refuses a change that would reach the applicant too late, unless force majeure is recorded. */
export function assertStaffChangeInTime(
  policy: Pick<BookingPolicy, 'staffChangeNoticeHours'>,
  booking: Pick<Booking, 'start'>,
  change: { forceMajeure: boolean },
  now: Date,
): void {
  if (change.forceMajeure) return;
  if (Date.parse(booking.start) - now.getTime() < policy.staffChangeNoticeHours * 3_600_000) {
    throw new StaffChangeNoticeTooLateError(policy.staffChangeNoticeHours, booking.start);
  }
}

/**
 * A handler asks to change or cancel a booking (Zibo: never without cause). It waits for the
 * section manager; asked already too late to reach the applicant, it is refused at once.
 */
export function requestStaffChange(
  booking: Booking,
  policy: Pick<BookingPolicy, 'staffChangeNoticeHours'>,
  q: { staff: StaffActor; ask: StaffChangeAsk; windowIds: readonly string[]; now: Date },
): HandlingStep {
  if (booking.status !== 'booked') {
    throw new HandlingError('booking_not_active', `the booking is ${booking.status}`, {
      bookingStatus: booking.status,
    });
  }
  if (!servesAny(q.staff, q.windowIds)) {
    throw new HandlingError('not_your_window', 'this booking belongs to another window', {
      windowIds: q.windowIds,
    });
  }
  if (pendingChange(booking))
    throw new HandlingError('change_pending', 'a change is already waiting for approval');
  assertStaffChangeInTime(policy, booking, q.ask, q.now);
  const at = toShanghaiMinuteIso(q.now);
  const change: StaffChange = {
    kind: q.ask.kind,
    ...(q.ask.kind === 'reschedule' && q.ask.start ? { start: q.ask.start } : {}),
    reason: q.ask.reason,
    forceMajeure: q.ask.forceMajeure,
    state: 'pending',
    requestedAt: at,
    requestedBy: q.staff.id,
  };
  return {
    after: {
      ...booking,
      updatedAt: at,
      staffChanges: [...(booking.staffChanges ?? []), change],
      history: [
        ...booking.history,
        { at, actor: q.staff.id, action: 'change-requested', reason: q.ask.reason },
      ],
    },
    event: {
      type: 'booking.change-requested',
      data: {
        code: booking.code,
        kind: change.kind,
        forceMajeure: change.forceMajeure,
        ...(change.start ? { start: change.start } : {}),
      },
    },
  };
}

/**
 * The section manager's decision on the pending change, recorded on the booking as it is after
 * the change was applied (`booking`: moved or cancelled by the booking use cases, or untouched
 * when rejected). `previous` is the slot a reschedule moved from.
 */
export function decideStaffChange(
  booking: Booking,
  q: {
    approve: boolean;
    staff: StaffActor;
    now: Date;
    previous?: { start: string; end: string } | undefined;
  },
): HandlingStep {
  const pending = pendingChange(booking);
  if (!pending) throw new HandlingError('no_pending_change', 'no change is waiting for approval');
  const at = toShanghaiMinuteIso(q.now);
  const decided: StaffChange = {
    ...pending,
    state: q.approve ? 'approved' : 'rejected',
    decidedAt: at,
    decidedBy: q.staff.id,
    ...(q.previous ? { previous: q.previous } : {}),
  };
  return {
    after: {
      ...booking,
      updatedAt: at,
      staffChanges: [...(booking.staffChanges ?? []).slice(0, -1), decided],
      history: [
        ...booking.history,
        {
          at,
          actor: q.staff.id,
          action: q.approve ? 'change-approved' : 'change-rejected',
          reason: pending.reason,
          ...(q.previous ? { previous: q.previous } : {}),
        },
      ],
    },
    event: {
      type: q.approve ? 'booking.change-approved' : 'booking.change-rejected',
      data: {
        code: booking.code,
        kind: pending.kind,
        forceMajeure: pending.forceMajeure,
        start: booking.start,
      },
    },
  };
}
