import {
  type Availability,
  type Booking,
  type BookingChannel,
  BookingNotFoundError,
  type BookingNoticeSnapshot,
  BookingRuleError,
  type BookingView,
  bookingView,
  buildCalendar,
  type CreateBookingRequest,
  dayDistance,
  generateBookingCode,
  matterWindowsInHall,
  noticeSnapshot,
  policyKindOf,
  type Slot,
  SlotFullError,
  shanghaiDateOf,
  shanghaiIsoAt,
  slotTimes,
  type TenantConfig,
  toShanghaiIso,
} from '@openhall/domain';
import type {
  AvailabilityQuery,
  BookingService,
  ChangeBookingOptions,
  CreateBookingOptions,
} from '@openhall/services';

/**
 * An in-memory BookingService for page tests: slots from the real calendar, a fixed number of
 * places per slot, idempotency keys, and a way to make the next change fail with a chosen error.
 * Like the real service it keeps the one-time notice (一次告知) taken when a booking is made or
 * moved, and answers bookings with it, so pages are tested against what the citizen was told.
 * The booking rules themselves are tested in the domain and the real service.
 */
export class FakeBookingService implements BookingService<BookingView> {
  readonly bookings = new Map<string, Booking>();
  /** The notice snapshot of each booking, by code: taken on create and reschedule, as the real one does. */
  readonly notices = new Map<string, BookingNoticeSnapshot>();
  readonly createCalls: { request: CreateBookingRequest; options: CreateBookingOptions }[] = [];
  readonly changeCalls: { change: 'cancel' | 'reschedule'; options: ChangeBookingOptions | undefined }[] = [];
  /** Places in every slot. */
  capacity = 2;
  /** Thrown by the next create, cancel or reschedule. */
  failNext: Error | undefined;
  private readonly byKey = new Map<string, string>();

  constructor(
    private readonly configs: readonly TenantConfig[],
    private readonly now: () => Date,
  ) {}

  private config(tenantId: string): TenantConfig {
    const config = this.configs.find((c) => c.tenant.id === tenantId);
    if (!config) throw new BookingRuleError({ code: 'unknown_matter', message: `no tenant ${tenantId}` });
    return config;
  }

  /** The booking as the real service answers it: with the notice it was given. */
  private view(booking: Booking): BookingView {
    const notice = this.notices.get(booking.code);
    if (!notice) throw new Error(`no notice kept for ${booking.code}`);
    return bookingView(this.config(booking.tenantId), { booking, notice });
  }

  private takeFailure(): void {
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
  }

  private taken(tenantId: string, matterId: string, hallId: string, start: string): number {
    return [...this.bookings.values()].filter(
      (b) =>
        b.tenantId === tenantId &&
        b.matterId === matterId &&
        b.hallId === hallId &&
        b.start === start &&
        b.status === 'booked',
    ).length;
  }

  private slots(tenantId: string, query: AvailabilityQuery): Slot[] {
    const config = this.config(tenantId);
    const matter = config.matters.find((m) => m.id === query.matterId);
    if (!matter) throw new BookingRuleError({ code: 'unknown_matter', message: 'no such matter' });
    const now = this.now();
    if (dayDistance(shanghaiDateOf(now), query.date) > config.bookingPolicy.horizonDays) return [];
    const [day] = buildCalendar({ config, from: query.date, to: query.date, hallIds: [query.hallId] });
    if (!day || matter.availability[policyKindOf(day.kind)] === 'not-offered') return [];
    const earliest = now.getTime() + config.bookingPolicy.leadTimeMinutes * 60_000;
    return slotTimes(day.halls[0]?.intervals ?? [], matter.slotMinutes)
      .map((t) => ({ start: shanghaiIsoAt(query.date, t.from), end: shanghaiIsoAt(query.date, t.to) }))
      .filter((s) => Date.parse(s.start) >= earliest)
      .map((s) => ({
        ...s,
        // Reported like the real service does, so pages can tell a held-back day from a full one.
        capacity: this.capacity,
        remaining: Math.max(0, this.capacity - this.taken(tenantId, query.matterId, query.hallId, s.start)),
      }));
  }

  private slotOrFail(tenantId: string, query: AvailabilityQuery, start: string): Slot {
    const slot = this.slots(tenantId, query).find((s) => s.start === start);
    if (!slot) throw new BookingRuleError({ code: 'outside_hours', message: 'not a slot' });
    if (slot.remaining <= 0) throw new SlotFullError(start);
    return slot;
  }

  async availability(
    tenantId: string,
    query: AvailabilityQuery,
    _channel: BookingChannel,
  ): Promise<Availability> {
    return { ...query, slots: this.slots(tenantId, query) };
  }

  async create(tenantId: string, request: CreateBookingRequest, options: CreateBookingOptions) {
    this.createCalls.push({ request, options });
    const known = this.byKey.get(options.idempotencyKey);
    if (known) return { booking: this.view(this.bookings.get(known)!), created: false };
    this.takeFailure();
    const date = request.start.slice(0, 10);
    const slot = this.slotOrFail(
      tenantId,
      { matterId: request.matterId, hallId: request.hallId, date },
      request.start,
    );
    const config = this.config(tenantId);
    const matter = config.matters.find((m) => m.id === request.matterId)!;
    const at = toShanghaiIso(this.now());
    const booking: Booking = {
      code: generateBookingCode((n) => crypto.getRandomValues(new Uint8Array(n))),
      tenantId,
      matterId: request.matterId,
      hallId: request.hallId,
      windowIds: matterWindowsInHall(matter, config.windows, request.hallId).map((w) => w.id),
      windowId: matterWindowsInHall(matter, config.windows, request.hallId)[0]?.id ?? matter.windowIds[0]!,
      start: slot.start,
      end: slot.end,
      status: 'booked',
      channel: options.channel,
      createdAt: at,
      updatedAt: at,
      history: [{ at, action: 'created', actor: 'citizen', channel: options.channel }],
      applicant: request.applicant,
    };
    this.bookings.set(booking.code, booking);
    this.notices.set(booking.code, noticeSnapshot(config, booking));
    this.byKey.set(options.idempotencyKey, booking.code);
    return { booking: this.view(booking), created: true };
  }

  private owned(tenantId: string, code: string, phone: string): Booking {
    const booking = this.bookings.get(code);
    if (!booking || booking.tenantId !== tenantId || booking.applicant.phone !== phone) {
      throw new BookingNotFoundError();
    }
    return booking;
  }

  async find(tenantId: string, code: string, phone: string): Promise<BookingView> {
    return this.view(this.owned(tenantId, code, phone));
  }

  async cancel(
    tenantId: string,
    code: string,
    input: { phone: string },
    options?: ChangeBookingOptions,
  ): Promise<BookingView> {
    this.changeCalls.push({ change: 'cancel', options });
    const booking = this.owned(tenantId, code, input.phone);
    this.takeFailure();
    const at = toShanghaiIso(this.now());
    const cancelled: Booking = {
      ...booking,
      status: 'cancelled',
      updatedAt: at,
      history: [...booking.history, { at, action: 'cancelled', actor: 'citizen' }],
    };
    this.bookings.set(code, cancelled);
    return this.view(cancelled);
  }

  async reschedule(
    tenantId: string,
    code: string,
    input: { phone: string; start: string },
    options?: ChangeBookingOptions,
  ): Promise<BookingView> {
    this.changeCalls.push({ change: 'reschedule', options });
    const booking = this.owned(tenantId, code, input.phone);
    this.takeFailure();
    const date = input.start.slice(0, 10);
    const slot = this.slotOrFail(
      tenantId,
      { matterId: booking.matterId, hallId: booking.hallId, date },
      input.start,
    );
    const at = toShanghaiIso(this.now());
    const moved: Booking = {
      ...booking,
      start: slot.start,
      end: slot.end,
      updatedAt: at,
      history: [
        ...booking.history,
        { at, action: 'rescheduled', actor: 'citizen', previous: { start: booking.start, end: booking.end } },
      ],
    };
    this.bookings.set(code, moved);
    // A move gives a new notice, from the configuration as it is at the move.
    this.notices.set(code, noticeSnapshot(this.config(tenantId), moved));
    return this.view(moved);
  }
}
