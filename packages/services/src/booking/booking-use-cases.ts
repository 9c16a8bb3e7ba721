import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import {
  activeEntries,
  assertRuleOk,
  availabilityOf,
  type Booking,
  BookingBusyError,
  type BookingChange,
  BookingNotActiveError,
  BookingNotFoundError,
  type BookingStore,
  bookingView,
  bucketTimes,
  ChangeCutoffPassedError,
  type ConfigStore,
  type CreateBookingRequest,
  checkPerPersonLimits,
  chooseWindow,
  generateBookingCode,
  type HeldBuckets,
  IdempotencyKeyReusedError,
  type IdempotencyRecord,
  isBeforeChangeCutoff,
  ledgerEntryOf,
  matterWindowsInHall,
  NotFoundError,
  normalisePhone,
  noticeSnapshot,
  type PersonLedger,
  parseShanghaiIso,
  perPersonCounts,
  placesQueryOf,
  planSlot,
  RateLimitedError,
  type RateLimiter,
  SlotFullError,
  type SlotPlan,
  type StoredBooking,
  type TenantConfig,
  toShanghaiMinuteIso,
  type WriteContext,
} from '@openhall/domain';
import type {
  AvailabilityQuery,
  BookingApiService,
  ChangeBookingOptions,
  CreateBookingOptions,
} from './booking-service.js';
import { type KeyedHasher, sameText } from './keyed-hasher.js';
import { backoffMs, MAX_WRITE_ATTEMPTS, sleep } from './retry-backoff.js';

export interface BookingUseCasesDeps {
  configStore: ConfigStore;
  bookingStore: BookingStore;
  rateLimiter: RateLimiter;
  hasher: KeyedHasher;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  /** CSPRNG bytes for booking codes. */
  randomBytes?: (n: number) => Uint8Array;
  /** Waits between attempts after a lost race. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Two ISO 8601 strings naming the same instant, however they are spelled. */
function sameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}

/** Runs a rule check that throws, keeping its answer for later (the request is counted first). */
function settle<T>(check: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The buckets a booking holds on the day of `date`: its own place does not stand in its way when it moves. */
function heldOn(booking: Booking, date: string): HeldBuckets | undefined {
  if (parseShanghaiIso(booking.start).date !== date) return undefined;
  return { windowId: booking.windowId, times: new Set(bucketTimes(booking.start, booking.end)) };
}

/**
 * `BookingService` over a `BookingStore`: rules from the domain, then one transaction per change.
 * A booking is assigned to the first window of its matter (configuration order) with room in every
 * 5-minute bucket of its slot, read with the write's other inputs. A write that loses a race is
 * tried again (a new code after a collision, a fresh ledger after a concurrent change, a backoff
 * after a transaction conflict, fresh counters and maybe the next window after a bucket filled,
 * answering `slot_full` at once when no window has room); after `MAX_WRITE_ATTEMPTS` it answers
 * `booking_busy` (503).
 */
export class BookingUseCases implements BookingApiService {
  private readonly randomBytes: (n: number) => Uint8Array;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly deps: BookingUseCasesDeps) {
    this.randomBytes = deps.randomBytes ?? ((n) => cryptoRandomBytes(n));
    this.sleep = deps.sleep ?? sleep;
    this.random = deps.random ?? Math.random;
  }

  async availability(tenantId: string, query: AvailabilityQuery, channel: CreateBookingOptions['channel']) {
    const now = this.deps.now();
    const config = await this.config(tenantId);
    const matter = config.matters.find((m) => m.id === query.matterId);
    if (!matter) throw new NotFoundError(`matter "${query.matterId}"`, 'matter_not_found');
    if (!config.halls.some((h) => h.id === query.hallId)) {
      throw new NotFoundError(`hall "${query.hallId}"`, 'hall_not_found');
    }
    const windowIds = matterWindowsInHall(matter, config.windows, query.hallId).map((w) => w.id);
    const taken =
      windowIds.length === 0
        ? new Map()
        : await this.deps.bookingStore.placesTaken(tenantId, { ...query, windowIds });
    return availabilityOf({ config, matter, hallId: query.hallId, date: query.date, now, channel, taken });
  }

  async create(tenantId: string, request: CreateBookingRequest, options: CreateBookingOptions) {
    const { bookingStore, hasher } = this.deps;
    const now = this.deps.now();
    const personId = hasher.personId(tenantId, request.applicant.phone);
    const requestHash = hasher.requestHash(tenantId, { request, channel: options.channel });
    const [config, first] = await Promise.all([
      this.config(tenantId),
      bookingStore.writeContext(tenantId, { personId, idempotencyKey: options.idempotencyKey }),
    ]);
    const record = first.idempotency;
    const live = record && record.expiresAt > now.getTime() / 1000 ? record : undefined;
    const planned = settle(() => planSlot({ config, ...request, now, channel: options.channel }));
    // The request is counted whatever the answer; the slot's counters are read beside it.
    const [, taken] = await Promise.all([
      this.limitRate(tenantId, config, options.clientId, now),
      !live && planned.ok ? bookingStore.placesTaken(tenantId, placesQueryOf(planned.value)) : undefined,
    ]);
    // A retry is answered before any rule: the first attempt may itself have used up the limits.
    if (live) return this.replay(tenantId, config, live, requestHash);
    if (!planned.ok) throw planned.error;
    const plan = planned.value;
    let context: WriteContext = { ...first, taken: taken ?? new Map() };
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      // No window has room (a latecomer to a popular slot, or after a lost race): answered without a write.
      const window = chooseWindow(plan.windows, context.taken, plan.times);
      if (!window) throw new SlotFullError(plan.start);
      const active = activeEntries(context.ledger, now);
      assertRuleOk(
        checkPerPersonLimits(perPersonCounts(active, plan.matter.id, plan.date), config.bookingPolicy),
      );
      const booking = this.newBooking(tenantId, request, plan, window.windowId, options, now);
      const notice = noticeSnapshot(config, booking);
      const outcome = await bookingStore.createBooking({
        booking,
        personId,
        notice,
        placeLimit: window.limit,
        idempotency: { key: options.idempotencyKey, requestHash },
        ledger: {
          personId,
          expectedVersion: context.ledger.version,
          entries: [...active, ledgerEntryOf(booking)],
        },
        now,
      });
      switch (outcome) {
        case 'created':
          return { booking: bookingView(config, { booking, notice }), created: true };
        case 'slot_full':
          // A bucket of that window filled since the read: read again, another window may have room.
          break;
        case 'idempotency_key_taken': {
          // A concurrent request with the same key landed first.
          const winner = await bookingStore.getIdempotency(tenantId, options.idempotencyKey);
          if (winner) return this.replay(tenantId, config, winner, requestHash);
          break;
        }
        case 'code_taken':
          continue;
        case 'conflict':
          await this.sleep(backoffMs(attempt, this.random));
          break;
        case 'ledger_changed':
          break;
      }
      context = await bookingStore.writeContext(tenantId, { personId, places: placesQueryOf(plan) });
    }
    throw new BookingBusyError();
  }

  /** Look-ups count against the caller's rate limit, so codes and phones cannot be tried in bulk. */
  async find(tenantId: string, code: string, phone: string, options: ChangeBookingOptions = {}) {
    const { config, owned } = await this.ownedForChange(tenantId, code, phone, options, this.deps.now());
    return bookingView(config, owned);
  }

  /** Config and the caller's own booking, after the rate limit: the start of every look-up and change. */
  private async ownedForChange(
    tenantId: string,
    code: string,
    phone: string,
    options: ChangeBookingOptions,
    now: Date,
  ) {
    const [config, found] = await Promise.all([
      this.config(tenantId),
      this.deps.bookingStore.getBooking(tenantId, code),
    ]);
    if (options.clientId !== undefined) await this.limitRate(tenantId, config, options.clientId, now);
    return { config, owned: this.owned(found, phone) };
  }

  async cancel(
    tenantId: string,
    code: string,
    input: { phone: string; reason?: string },
    options: ChangeBookingOptions = {},
  ) {
    const { bookingStore } = this.deps;
    const now = this.deps.now();
    const { config, owned } = await this.ownedForChange(tenantId, code, input.phone, options, now);
    let stored = owned;
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const { booking } = stored;
      // Cancelling twice answers the cancelled booking again and gives nothing back twice.
      if (booking.status === 'cancelled') return bookingView(config, stored);
      this.assertChangeable(config, booking, now);
      const ledger = await bookingStore.getLedger(tenantId, stored.personId);
      const after = this.changed(booking, now, {
        action: 'cancelled',
        ...(input.reason ? { reason: input.reason } : {}),
      });
      const outcome = await bookingStore.cancelBooking({
        before: stored,
        after: { ...after, status: 'cancelled' },
        ledger: this.ledgerWithout(stored, ledger, now),
        now,
      });
      if (outcome === 'cancelled') {
        return bookingView(config, { booking: { ...after, status: 'cancelled' }, notice: stored.notice });
      }
      if (outcome === 'conflict') await this.sleep(backoffMs(attempt, this.random));
      if (outcome !== 'ledger_changed') stored = await this.reread(tenantId, code);
    }
    throw new BookingBusyError();
  }

  async reschedule(
    tenantId: string,
    code: string,
    input: { phone: string; start: string },
    options: ChangeBookingOptions = {},
  ) {
    const { bookingStore } = this.deps;
    const now = this.deps.now();
    const { config, owned } = await this.ownedForChange(tenantId, code, input.phone, options, now);
    let stored = owned;
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const { booking } = stored;
      // Asking again for where the booking already is (a retry after success) changes nothing.
      if (booking.status === 'booked' && sameInstant(booking.start, input.start)) {
        return bookingView(config, stored);
      }
      this.assertChangeable(config, booking, now);
      const plan = planSlot({
        config,
        matterId: booking.matterId,
        hallId: booking.hallId,
        start: input.start,
        now,
        channel: 'online',
      });
      const context = await bookingStore.writeContext(tenantId, {
        personId: stored.personId,
        places: placesQueryOf(plan),
      });
      // Its own window first, where the buckets it holds count as free: a person conflicts only with others.
      const window = chooseWindow(plan.windows, context.taken, plan.times, heldOn(booking, plan.date));
      if (!window) throw new SlotFullError(plan.start);
      const active = activeEntries(context.ledger, now);
      const counts = perPersonCounts(active, booking.matterId, plan.date, booking.code);
      assertRuleOk(checkPerPersonLimits(counts, config.bookingPolicy));
      const after: Booking = {
        ...this.changed(booking, now, {
          action: 'rescheduled',
          previous: { start: booking.start, end: booking.end },
        }),
        start: plan.start,
        end: plan.end,
        windowIds: plan.windowIds,
        windowId: window.windowId,
      };
      const notice = noticeSnapshot(config, after);
      const outcome = await bookingStore.rescheduleBooking({
        before: stored,
        after,
        notice,
        placeLimit: window.limit,
        ledger: {
          personId: stored.personId,
          expectedVersion: context.ledger.version,
          entries: [...active.filter((e) => e.code !== booking.code), ledgerEntryOf(after)],
        },
        now,
      });
      if (outcome === 'rescheduled') return bookingView(config, { booking: after, notice });
      // A bucket filled since the read: the next attempt reads the counters again.
      if (outcome === 'slot_full') continue;
      if (outcome === 'conflict') await this.sleep(backoffMs(attempt, this.random));
      if (outcome !== 'ledger_changed') stored = await this.reread(tenantId, code);
    }
    throw new BookingBusyError();
  }

  private async config(tenantId: string): Promise<TenantConfig> {
    const stored = await this.deps.configStore.getConfig(tenantId);
    if (!stored) throw new NotFoundError(`tenant "${tenantId}"`, 'tenant_not_found');
    return stored.config;
  }

  /**
   * The booking if the phone is the applicant's; an unknown code and a wrong phone look the same.
   * Compared with the phone kept in the booking, not with its hash, so a new hash key never locks
   * citizens out of their bookings.
   */
  private owned(stored: StoredBooking | undefined, phone: string): StoredBooking {
    if (!stored || !sameText(stored.booking.applicant.phone, normalisePhone(phone))) {
      throw new BookingNotFoundError();
    }
    return stored;
  }

  private async reread(tenantId: string, code: string): Promise<StoredBooking> {
    const stored = await this.deps.bookingStore.getBooking(tenantId, code);
    if (!stored) throw new BookingNotFoundError();
    return stored;
  }

  private async limitRate(
    tenantId: string,
    config: TenantConfig,
    clientId: string,
    now: Date,
  ): Promise<void> {
    const clientKey = this.deps.hasher.clientKey(tenantId, clientId);
    const limit = config.bookingPolicy.rateLimitPerMinute;
    const decision = await this.deps.rateLimiter.hit(tenantId, clientKey, limit, now);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
  }

  private async replay(
    tenantId: string,
    config: TenantConfig,
    record: IdempotencyRecord,
    requestHash: string,
  ): Promise<{ booking: ReturnType<typeof bookingView>; created: boolean }> {
    if (!sameText(record.requestHash, requestHash)) throw new IdempotencyKeyReusedError();
    const stored = await this.reread(tenantId, record.code);
    return { booking: bookingView(config, stored), created: false };
  }

  private assertChangeable(config: TenantConfig, booking: Booking, now: Date): void {
    if (booking.status !== 'booked') throw new BookingNotActiveError(booking.status);
    if (!isBeforeChangeCutoff({ start: booking.start, now, policy: config.bookingPolicy })) {
      throw new ChangeCutoffPassedError(config.bookingPolicy.changeCutoffMinutes);
    }
  }

  private ledgerWithout(stored: StoredBooking, ledger: PersonLedger, now: Date) {
    return {
      personId: stored.personId,
      expectedVersion: ledger.version,
      entries: activeEntries(ledger, now).filter((e) => e.code !== stored.booking.code),
    };
  }

  private changed(booking: Booking, now: Date, change: Omit<BookingChange, 'at' | 'actor'>): Booking {
    const at = toShanghaiMinuteIso(now);
    return { ...booking, updatedAt: at, history: [...booking.history, { at, actor: 'citizen', ...change }] };
  }

  private newBooking(
    tenantId: string,
    request: CreateBookingRequest,
    plan: SlotPlan,
    windowId: string,
    options: CreateBookingOptions,
    now: Date,
  ): Booking {
    const at = toShanghaiMinuteIso(now);
    return {
      code: generateBookingCode(this.randomBytes),
      tenantId,
      matterId: plan.matter.id,
      hallId: plan.hall.id,
      windowIds: plan.windowIds,
      windowId,
      start: plan.start,
      end: plan.end,
      status: 'booked',
      channel: options.channel,
      createdAt: at,
      updatedAt: at,
      history: [{ at, action: 'created', actor: options.actor ?? 'citizen', channel: options.channel }],
      applicant: request.applicant,
    };
  }
}
