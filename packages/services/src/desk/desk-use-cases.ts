import {
  assertStaffChangeInTime,
  type Booking,
  type BookingChannel,
  type BookingLedger,
  type BookingStatus,
  type BookingView,
  type ContactRequest,
  type DeskBookingRequest,
  type DispatchRequest,
  decideStaffChange,
  dispatchBooking,
  HandlingError,
  isLate,
  type LateContactRequest,
  maskApplicant,
  maskPhone,
  newHandling,
  pendingChange,
  reconfirmTime,
  recordContact,
  recordLateContact,
  requestStaffChange,
  type StaffActor,
  type StaffChangeRequest,
  type StoredBooking,
  sendOneTimeNotice,
  servesAny,
  signForBooking,
  toShanghaiMinuteIso,
  windowsOfBooking,
} from '@openhall/domain';
import { cancelBooking } from '../booking/cancel-booking.js';
import { createBooking } from '../booking/create-booking.js';
import { rescheduleBooking } from '../booking/reschedule-booking.js';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import type { DeskDeps, StaffCaller } from './desk-deps.js';
import { runStep, staffActorOf, storedBookingOf } from './run-step.js';

const bookingOf = (s: StoredBooking): Booking => s.booking;

/**
 * Phones are masked on staff screens except for who must call the applicant: the desk, the section
 * manager (and admin), and a handler of one of the booking's windows.
 */
function forCaller(staff: StaffActor, booking: Booking): Booking {
  if (staff.roles.includes('desk') || servesAny(staff, windowsOfBooking(booking))) return booking;
  return { ...booking, applicant: { ...booking.applicant, phone: maskPhone(booking.applicant.phone) } };
}

/**
 * The desk's flow (Zibo's 预约服务登记表, for every tenant): record a phone or on-site request,
 * dispatch it, sign for it, contact the applicant, send the one-time notice, reconfirm the time;
 * the lateness contact; staff changes with the section manager's approval; the lists behind the
 * desk console, the dispatch board, a window's list and the booking ledger.
 */
export class DeskUseCases {
  constructor(private readonly deps: DeskDeps) {}

  /**
   * A request recorded at the desk or taken by phone: the online booking's rules and capacity for
   * the channel (its desk/phone share, the desk-phone hours, the holiday window), the staff member
   * as the actor, and the form's fields; it joins the dispatch queue in the same write.
   */
  async record(
    tenantId: string,
    caller: StaffCaller,
    request: DeskBookingRequest,
    idempotencyKey: string,
  ): Promise<{ booking: BookingView; created: boolean }> {
    const { channel, requestedTime, ...booking } = request;
    const recordedAt = toShanghaiMinuteIso(this.deps.now());
    return createBooking(this.deps, {
      tenantId,
      request: booking,
      idempotencyKey,
      channel,
      // The desk's rate limit is per member, not per address: a busy desk is one address.
      clientId: `staff-${caller.id}`,
      actor: caller.id,
      desk: {
        registration: { ...(requestedTime ? { requestedTime } : {}), recordedAt, recordedBy: caller.id },
        handling: newHandling(),
      },
    });
  }

  /** A booking with its trail; the phone in full only for the desk, the manager and its windows' handlers. */
  async get(tenantId: string, code: string, caller: StaffCaller): Promise<Booking> {
    const [config, stored] = await Promise.all([
      tenantConfigOf(this.deps, tenantId),
      storedBookingOf(this.deps, tenantId, code),
    ]);
    return forCaller(staffActorOf(config, caller), stored.booking);
  }

  async deskDay(tenantId: string, date: string): Promise<Booking[]> {
    return (await this.deps.deskStore.deskDay(tenantId, date)).map(bookingOf);
  }

  async dispatchQueue(tenantId: string): Promise<Booking[]> {
    return (await this.deps.deskStore.dispatchQueue(tenantId)).map(bookingOf);
  }

  /** A window's dispatched bookings of a day, for its own members (and the manager): phones in full. */
  async windowDay(tenantId: string, windowId: string, date: string, caller: StaffCaller): Promise<Booking[]> {
    const config = await tenantConfigOf(this.deps, tenantId);
    if (!servesAny(staffActorOf(config, caller), [windowId])) {
      throw new HandlingError('not_your_window', 'this list belongs to another window', {
        windowIds: [windowId],
      });
    }
    return (await this.deps.deskStore.windowDay(tenantId, windowId, date)).map(bookingOf);
  }

  /**
   * 预约台账: a department's bookings of one day (every channel and state unless filtered), names
   * and phones masked. One Query per hall the department has windows in.
   */
  async ledger(
    tenantId: string,
    q: { departmentId: string; date: string; channel?: BookingChannel; status?: BookingStatus },
  ): Promise<BookingLedger> {
    const config = await tenantConfigOf(this.deps, tenantId);
    const windows = config.windows.filter((w) => w.departmentId === q.departmentId);
    const own = new Set(windows.map((w) => w.id));
    const halls = [...new Set(windows.map((w) => w.hallId))];
    const days = await Promise.all(
      halls.map((h) => this.deps.bookingStore.bookingsOfHallDay(tenantId, h, q.date)),
    );
    const bookings = days
      .flat()
      .map(bookingOf)
      .filter((b) => windowsOfBooking(b).some((w) => own.has(w)))
      .filter((b) => q.channel === undefined || b.channel === q.channel)
      .filter((b) => q.status === undefined || b.status === q.status);
    const counts: Record<string, number> = {};
    for (const b of bookings) counts[b.status] = (counts[b.status] ?? 0) + 1;
    return {
      departmentId: q.departmentId,
      date: q.date,
      ...(q.channel ? { channel: q.channel } : {}),
      bookings: bookings.map((b) => ({ ...b, applicant: maskApplicant(b.applicant) })),
      counts,
    };
  }

  /** Bookings of a hall-day that are late now (`isLate`), optionally only one window's; phones as `forCaller`. */
  async lateBookings(
    tenantId: string,
    q: { hallId: string; date: string; windowId?: string },
    caller: StaffCaller,
  ): Promise<Booking[]> {
    const now = this.deps.now();
    const [config, day] = await Promise.all([
      tenantConfigOf(this.deps, tenantId),
      this.deps.bookingStore.bookingsOfHallDay(tenantId, q.hallId, q.date),
    ]);
    return day
      .map(bookingOf)
      .filter((b) => isLate(b, config.bookingPolicy, now))
      .filter((b) => q.windowId === undefined || windowsOfBooking(b).includes(q.windowId))
      .map((b) => forCaller(staffActorOf(config, caller), b));
  }

  async dispatch(
    tenantId: string,
    code: string,
    caller: StaffCaller,
    body: DispatchRequest,
  ): Promise<Booking> {
    const saved = await runStep(this.deps, { tenantId, code, caller }, (s, config, staff, now) =>
      dispatchBooking(s.booking, config, { ...body, staff, now }),
    );
    return saved.booking;
  }

  async signFor(tenantId: string, code: string, caller: StaffCaller): Promise<Booking> {
    const saved = await runStep(this.deps, { tenantId, code, caller }, (s, _c, staff, now) =>
      signForBooking(s.booking, { staff, now }),
    );
    return saved.booking;
  }

  async contact(tenantId: string, code: string, caller: StaffCaller, body: ContactRequest): Promise<Booking> {
    const saved = await runStep(this.deps, { tenantId, code, caller }, (s, _c, staff, now) =>
      recordContact(s.booking, { ...body, staff, now }),
    );
    return saved.booking;
  }

  /** 一次告知 from the notice the booking was given (the materials as promised, not today's list). */
  async sendNotice(tenantId: string, code: string, caller: StaffCaller): Promise<Booking> {
    const saved = await runStep(this.deps, { tenantId, code, caller }, (s, _c, staff, now) =>
      sendOneTimeNotice(s.booking, s.notice, { staff, now }),
    );
    return saved.booking;
  }

  async reconfirm(tenantId: string, code: string, caller: StaffCaller): Promise<Booking> {
    const saved = await runStep(this.deps, { tenantId, code, caller }, (s, _c, staff, now) =>
      reconfirmTime(s.booking, { staff, now }),
    );
    return saved.booking;
  }

  async lateContact(
    tenantId: string,
    code: string,
    caller: StaffCaller,
    body: LateContactRequest,
  ): Promise<Booking> {
    const saved = await runStep(this.deps, { tenantId, code, caller }, (s, config, staff, now) =>
      recordLateContact(s.booking, config.bookingPolicy, { ...body, staff, now }),
    );
    return saved.booking;
  }

  async requestChange(
    tenantId: string,
    code: string,
    caller: StaffCaller,
    body: StaffChangeRequest,
  ): Promise<Booking> {
    const saved = await runStep(this.deps, { tenantId, code, caller }, (s, config, staff, now) =>
      requestStaffChange(s.booking, config.bookingPolicy, {
        staff,
        ask: body,
        windowIds: windowsOfBooking(s.booking),
        now,
      }),
    );
    return saved.booking;
  }

  /**
   * The section manager decides the pending change. Approved, it is checked again against the
   * notice rule (it reaches the applicant now), then applied by the booking use cases with the
   * manager as the actor (a move keeps every booking rule and the capacity), and the decision is
   * recorded with the new time and the reason.
   */
  async decideChange(
    tenantId: string,
    code: string,
    caller: StaffCaller,
    approve: boolean,
  ): Promise<Booking> {
    const now = this.deps.now();
    const [config, stored] = await Promise.all([
      tenantConfigOf(this.deps, tenantId),
      storedBookingOf(this.deps, tenantId, code),
    ]);
    const pending = pendingChange(stored.booking);
    if (!pending) throw new HandlingError('no_pending_change', 'no change is waiting for approval');
    let previous: { start: string; end: string } | undefined;
    if (approve) {
      assertStaffChangeInTime(config.bookingPolicy, stored.booking, pending, now);
      const common = {
        tenantId,
        code,
        phone: stored.booking.applicant.phone,
        actor: staffActorOf(config, caller).id,
        approvedStaffChange: true,
      };
      if (pending.kind === 'reschedule' && pending.start) {
        previous = { start: stored.booking.start, end: stored.booking.end };
        await rescheduleBooking(this.deps, {
          ...common,
          start: pending.start,
          channel: stored.booking.channel,
        });
      } else {
        await cancelBooking(this.deps, { ...common, reason: pending.reason });
      }
    }
    const saved = await runStep(this.deps, { tenantId, code, caller }, (s, _c, staff, at) =>
      decideStaffChange(s.booking, { approve, staff, now: at, previous }),
    );
    return saved.booking;
  }
}
