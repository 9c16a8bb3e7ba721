import type { BookingNoticeSnapshot } from '../booking/booking-notice-snapshot.js';
import type { Booking, BookingChange } from '../booking/booking-schemas.js';
import { toShanghaiMinuteIso } from '../shared/shanghai-time.js';
import type { BookingPolicy } from '../tenant/booking-policy.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { HandlingError } from './desk-errors.js';
import type { BookingHandling } from './handling-schemas.js';
import { isLate } from './lateness.js';
import { type StaffActor, servesAny } from './staff-actor.js';

/*
 * The steps of Zibo's flow, each a pure function from the booking as read to the booking after it
 * (with its history entry) and the event it emits. A step checks the state it starts from, so the
 * loser of a race, re-running it on the booking the winner wrote, is refused with a stable code.
 */

/** A step's result: the booking to write (over the version read) and the event, ids and facts only. */
export interface HandlingStep {
  after: Booking;
  event: { type: string; data: Record<string, unknown> };
}

/** The handling of a request the desk has just recorded: waiting for the section manager. */
export function newHandling(): BookingHandling {
  return { state: 'new', cooperatingWindowIds: [], contacts: [] };
}

function withEntry(booking: Booking, now: Date, actor: string, change: Omit<BookingChange, 'at' | 'actor'>) {
  const at = toShanghaiMinuteIso(now);
  return {
    at,
    booking: { ...booking, updatedAt: at, history: [...booking.history, { at, actor, ...change }] },
  };
}

function activeHandling(booking: Booking): BookingHandling {
  if (booking.status !== 'booked') {
    throw new HandlingError('booking_not_active', `the booking is ${booking.status}`, {
      bookingStatus: booking.status,
    });
  }
  if (!booking.handling) {
    throw new HandlingError('not_a_desk_request', 'only desk and phone requests are dispatched');
  }
  return booking.handling;
}

/**
 * 派单: the section manager gives a new request to a window of its matter (the lead) and, for a
 * matter needing several departments, to cooperating windows that all see it.
 */
export function dispatchBooking(
  booking: Booking,
  config: Pick<TenantConfig, 'windows'>,
  q: { leadWindowId: string; cooperatingWindowIds: readonly string[]; staff: StaffActor; now: Date },
): HandlingStep {
  const handling = activeHandling(booking);
  if (handling.state !== 'new') {
    throw new HandlingError('already_dispatched', `already dispatched to ${handling.leadWindowId}`, {
      leadWindowId: handling.leadWindowId,
      dispatchedBy: handling.dispatchedBy,
    });
  }
  const cooperating = [...new Set(q.cooperatingWindowIds)].filter((w) => w !== q.leadWindowId);
  for (const id of [q.leadWindowId, ...cooperating]) {
    const window = config.windows.find((w) => w.id === id);
    if (!window || window.retired)
      throw new HandlingError('unknown_window', `no window "${id}"`, { windowId: id });
  }
  if (!booking.windowIds.includes(q.leadWindowId)) {
    throw new HandlingError(
      'window_not_serving_matter',
      `window "${q.leadWindowId}" does not serve this matter here`,
      {
        windowIds: booking.windowIds,
      },
    );
  }
  // The windows are in the handling; the trail names them from there.
  const { at, booking: entered } = withEntry(booking, q.now, q.staff.id, { action: 'dispatched' });
  return {
    after: {
      ...entered,
      handling: {
        ...handling,
        state: 'dispatched',
        leadWindowId: q.leadWindowId,
        cooperatingWindowIds: cooperating,
        dispatchedAt: at,
        dispatchedBy: q.staff.id,
      },
    },
    event: {
      type: 'booking.dispatched',
      data: { code: booking.code, leadWindowId: q.leadWindowId, cooperatingWindowIds: cooperating },
    },
  };
}

/** 签收: the lead window signs for the request; it may not refuse, and signs once. */
export function signForBooking(booking: Booking, q: { staff: StaffActor; now: Date }): HandlingStep {
  const handling = activeHandling(booking);
  if (handling.state === 'new')
    throw new HandlingError('not_dispatched', 'the request has not been dispatched yet');
  if (handling.state === 'signed-for') {
    throw new HandlingError('already_signed_for', `signed for by ${handling.signedForBy}`, {
      signedForBy: handling.signedForBy,
      signedForAt: handling.signedForAt,
    });
  }
  assertServes(q.staff, [handling.leadWindowId]);
  const { at, booking: entered } = withEntry(booking, q.now, q.staff.id, { action: 'signed-for' });
  return {
    after: {
      ...entered,
      handling: { ...handling, state: 'signed-for', signedForAt: at, signedForBy: q.staff.id },
    },
    event: { type: 'booking.signed-for', data: { code: booking.code, windowId: handling.leadWindowId } },
  };
}

/** The handling of a signed-for request, for a member of its lead or a cooperating window. */
function handledBy(booking: Booking, staff: StaffActor): BookingHandling {
  const handling = activeHandling(booking);
  if (handling.state !== 'signed-for') {
    throw new HandlingError('not_signed_for', 'the window has not signed for the request yet');
  }
  assertServes(staff, [handling.leadWindowId, ...handling.cooperatingWindowIds]);
  return handling;
}

function assertServes(staff: StaffActor, windowIds: readonly (string | undefined)[]): void {
  if (!servesAny(staff, windowIds)) {
    throw new HandlingError('not_your_window', 'this request belongs to another window', {
      windowIds: windowIds.filter((w) => w !== undefined),
    });
  }
}

/** The handler called the applicant before the appointment (reached or not, with a note). */
export function recordContact(
  booking: Booking,
  q: { staff: StaffActor; reached: boolean; note: string; now: Date },
): HandlingStep {
  const handling = handledBy(booking, q.staff);
  const { at, booking: entered } = withEntry(booking, q.now, q.staff.id, { action: 'contacted' });
  return {
    after: {
      ...entered,
      handling: {
        ...handling,
        contacts: [...handling.contacts, { at, by: q.staff.id, reached: q.reached, note: q.note }],
      },
    },
    event: { type: 'booking.contacted', data: { code: booking.code, reached: q.reached, late: false } },
  };
}

/**
 * 一次告知: the full materials list of the booking's notice, sent once. A second notice is refused:
 * the applicant must never hear of a missing material a second time.
 */
export function sendOneTimeNotice(
  booking: Booking,
  notice: Pick<BookingNoticeSnapshot, 'matter'>,
  q: { staff: StaffActor; now: Date },
): HandlingStep {
  const handling = handledBy(booking, q.staff);
  if (handling.notice) {
    throw new HandlingError('notice_already_sent', `the one-time notice was sent at ${handling.notice.at}`, {
      sentAt: handling.notice.at,
      sentBy: handling.notice.by,
    });
  }
  const { at, booking: entered } = withEntry(booking, q.now, q.staff.id, { action: 'notice-sent' });
  return {
    after: {
      ...entered,
      handling: { ...handling, notice: { at, by: q.staff.id, materials: notice.matter.materials } },
    },
    event: {
      type: 'booking.notice-sent',
      data: { code: booking.code, materialCount: notice.matter.materials.length },
    },
  };
}

/**
 * The booked time agreed again with the applicant. Several applicants of one matter each hold a
 * booking of their own, so each gets a separate agreed time; a different time is a staff change.
 */
export function reconfirmTime(booking: Booking, q: { staff: StaffActor; now: Date }): HandlingStep {
  const handling = handledBy(booking, q.staff);
  const { at, booking: entered } = withEntry(booking, q.now, q.staff.id, { action: 'reconfirmed' });
  return {
    after: {
      ...entered,
      handling: { ...handling, reconfirmed: { at, by: q.staff.id, start: booking.start } },
    },
    event: { type: 'booking.reconfirmed', data: { code: booking.code, start: booking.start } },
  };
}

/** Every window that may act on a booking: its assigned and matter windows, and the dispatched ones. */
export function windowsOfBooking(booking: Booking): string[] {
  const h = booking.handling;
  return [
    ...new Set([
      booking.windowId,
      ...(h?.leadWindowId ? [h.leadWindowId] : []),
      ...(h?.cooperatingWindowIds ?? []),
    ]),
  ];
}

/**
 * A late applicant was contacted (Zibo: past 30 minutes); one who gives up closes the booking as a
 * no-show, with the contact that says so.
 */
export function recordLateContact(
  booking: Booking,
  policy: Pick<BookingPolicy, 'lateLimitMinutes'>,
  q: { staff: StaffActor; reached: boolean; note: string; gaveUp: boolean; now: Date },
): HandlingStep {
  if (!isLate(booking, policy, q.now)) {
    throw new HandlingError('not_late', `the booking is not ${policy.lateLimitMinutes} minutes late`, {
      bookingStatus: booking.status,
      lateLimitMinutes: policy.lateLimitMinutes,
    });
  }
  assertServes(q.staff, windowsOfBooking(booking));
  const contacted = withEntry(booking, q.now, q.staff.id, { action: 'late-contacted' });
  const contact = { at: contacted.at, by: q.staff.id, reached: q.reached, note: q.note, gaveUp: q.gaveUp };
  const lateContacts = [...(booking.lateContacts ?? []), contact];
  if (!q.gaveUp) {
    return {
      after: { ...contacted.booking, lateContacts },
      event: { type: 'booking.contacted', data: { code: booking.code, reached: q.reached, late: true } },
    };
  }
  const closed = withEntry(contacted.booking, q.now, q.staff.id, {
    action: 'no-show',
    reason: 'applicant gave up',
  });
  return {
    after: { ...closed.booking, lateContacts, status: 'no-show' },
    event: {
      type: 'booking.no-show',
      data: {
        code: booking.code,
        matterId: booking.matterId,
        ...(booking.departmentId ? { departmentId: booking.departmentId } : {}),
        hallId: booking.hallId,
        windowId: booking.windowId,
        start: booking.start,
        end: booking.end,
        gaveUp: true,
      },
    },
  };
}
