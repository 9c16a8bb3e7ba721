import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import {
  assertRuleOk,
  type Booking,
  type BookingChange,
  BookingNotFoundError,
  type BookingStore,
  ChangeCutoffPassedError,
  type ConfigStore,
  type CreateBookingRequest,
  checkPerPersonLimits,
  generateBookingCode,
  IdempotencyKeyReusedError,
  type IdempotencyRecord,
  isBeforeChangeCutoff,
  NotFoundError,
  normalisePhone,
  type PersonLedger,
  RateLimitedError,
  type RateLimiter,
  SlotFullError,
  type StoredBooking,
  type TenantConfig,
  toShanghaiIso,
} from '@openhall/domain';
import { availabilityOf } from './availability-of.js';
import { BookingBusyError, BookingNotActiveError } from './booking-app-errors.js';
import type {
  AvailabilityQuery,
  BookingApiService,
  ChangeBookingOptions,
  CreateBookingOptions,
} from './booking-service.js';
import { bookingView } from './booking-view.js';
import { type KeyedHasher, sameText } from './keyed-hasher.js';
import { activeEntries, ledgerEntryOf, perPersonCounts } from './person-ledger.js';
import { backoffMs, MAX_WRITE_ATTEMPTS, sleep } from './retry-backoff.js';
import { planSlot, type SlotPlan } from './slot-plan.js';

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

/** Timestamps of the booking record are whole minutes, as `ShanghaiDateTimeSchema` requires. */
function minuteIso(now: Date): string {
  return toShanghaiIso(new Date(Math.floor(now.getTime() / 60_000) * 60_000));
}

/**
 * `BookingService` over a `BookingStore`: rules from the domain, then one transaction per change.
 * A write that loses a race is tried again (a new code after a collision, a fresh ledger after a
 * concurrent change, a backoff after a transaction conflict, re-checking the slot so a full one is
 * answered `slot_full` at once); after `MAX_WRITE_ATTEMPTS` it answers `booking_busy` (503).
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
    const taken = await this.deps.bookingStore.slotsTaken(tenantId, query.hallId, query.matterId, query.date);
    return availabilityOf({ config, matter, hallId: query.hallId, date: query.date, now, channel, taken });
  }

  async create(tenantId: string, request: CreateBookingRequest, options: CreateBookingOptions) {
    const { bookingStore, hasher } = this.deps;
    const now = this.deps.now();
    const personId = hasher.personId(tenantId, request.applicant.phone);
    const requestHash = hasher.requestHash(tenantId, { request, channel: options.channel });
    const slot = { hallId: request.hallId, matterId: request.matterId, start: request.start };
    const [config, first] = await Promise.all([
      this.config(tenantId),
      bookingStore.writeContext(tenantId, { personId, slot, idempotencyKey: options.idempotencyKey }),
    ]);
    await this.limitRate(tenantId, config, options.clientId, now);
    // A retry is answered before any rule: the first attempt may itself have used up the limits.
    const record = first.idempotency;
    if (record && record.expiresAt > now.getTime() / 1000) {
      return this.replay(tenantId, config, record, requestHash);
    }
    const plan = planSlot({ config, ...request, now, channel: options.channel });
    let context = first;
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      // Full already (a latecomer to a popular slot, or after a lost race): answered without a write.
      if (context.slotTaken >= plan.limit) throw new SlotFullError(plan.start);
      const active = activeEntries(context.ledger, now);
      assertRuleOk(
        checkPerPersonLimits(perPersonCounts(active, plan.matter.id, plan.date), config.bookingPolicy),
      );
      const booking = this.newBooking(tenantId, request, plan, options, now);
      const outcome = await bookingStore.createBooking({
        booking,
        personId,
        slotLimit: plan.limit,
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
          return { booking: bookingView(config, booking), created: true };
        case 'slot_full':
          throw new SlotFullError(plan.start);
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
      context = await bookingStore.writeContext(tenantId, { personId, slot });
    }
    throw new BookingBusyError();
  }

  async find(tenantId: string, code: string, phone: string) {
    const [config, found] = await Promise.all([
      this.config(tenantId),
      this.deps.bookingStore.getBooking(tenantId, code),
    ]);
    return bookingView(config, this.owned(found, phone).booking);
  }

  /** Config and the caller's own booking, after the rate limit: the start of every change. */
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
      if (booking.status === 'cancelled') return bookingView(config, booking);
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
      if (outcome === 'cancelled') return bookingView(config, { ...after, status: 'cancelled' });
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
      if (booking.status === 'booked' && booking.start === input.start) return bookingView(config, booking);
      this.assertChangeable(config, booking, now);
      const plan = planSlot({
        config,
        matterId: booking.matterId,
        hallId: booking.hallId,
        start: input.start,
        now,
        channel: 'online',
      });
      const slot = { hallId: booking.hallId, matterId: booking.matterId, start: plan.start };
      const context = await bookingStore.writeContext(tenantId, { personId: stored.personId, slot });
      if (context.slotTaken >= plan.limit) throw new SlotFullError(plan.start);
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
      };
      const outcome = await bookingStore.rescheduleBooking({
        before: stored,
        after,
        slotLimit: plan.limit,
        ledger: {
          personId: stored.personId,
          expectedVersion: context.ledger.version,
          entries: [...active.filter((e) => e.code !== booking.code), ledgerEntryOf(after)],
        },
        now,
      });
      if (outcome === 'rescheduled') return bookingView(config, after);
      if (outcome === 'slot_full') throw new SlotFullError(plan.start);
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
    return { booking: bookingView(config, stored.booking), created: false };
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
    const at = minuteIso(now);
    return { ...booking, updatedAt: at, history: [...booking.history, { at, actor: 'citizen', ...change }] };
  }

  private newBooking(
    tenantId: string,
    request: CreateBookingRequest,
    plan: SlotPlan,
    options: CreateBookingOptions,
    now: Date,
  ): Booking {
    const at = minuteIso(now);
    return {
      code: generateBookingCode(this.randomBytes),
      tenantId,
      matterId: plan.matter.id,
      hallId: plan.hall.id,
      windowIds: plan.windowIds,
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
