import {
  type Booking,
  type BookingStore,
  bucketChanges,
  bucketsOf,
  type CancelBookingOutcome,
  type CancelBookingWrite,
  type CreateBookingOutcome,
  type CreateBookingWrite,
  IDEMPOTENCY_TTL_SECONDS,
  type IdempotencyRecord,
  type LedgerWrite,
  type LocalDate,
  type LocalTime,
  type MarkStrandedOutcome,
  type MarkStrandedWrite,
  type PersonLedger,
  type PlaceBucket,
  type PlacesQuery,
  type PlacesTaken,
  parseShanghaiIso,
  type RescheduleBookingOutcome,
  type RescheduleBookingWrite,
  type StoredBooking,
  type WriteContext,
} from '@openhall/domain';

import { InMemoryPlacesGuards } from './in-memory-places-guards.js';

const key = (...parts: string[]) => parts.join('\u0000');
const epochSeconds = (instant: Date) => Math.floor(instant.getTime() / 1000);

/**
 * `BookingStore` in memory, with the DynamoDB store's semantics: a counter per window and 5-minute
 * bucket of a hall-day, taken only below the write's place limit and never given back below zero;
 * an Idempotency-Key bound until its record expires; a person's ledger written only over the
 * version read; a booking changed only over the version read and while booked. Each write checks
 * everything first and then applies all of it or nothing, answering the same outcomes in the same
 * order of precedence (it never answers `conflict`: nothing runs between its check and its write).
 * Everything goes in and comes out as a copy.
 */
export class InMemoryBookingStore implements BookingStore {
  private readonly stored = new Map<string, StoredBooking>();
  private readonly ledgers = new Map<string, PersonLedger>();
  private readonly records = new Map<string, IdempotencyRecord>();
  /** Places taken, by tenant, hall and date, then window, then bucket start. */
  private readonly counters = new Map<string, Map<string, Map<LocalTime, number>>>();
  private failure: Error | undefined;

  /** The places guards, shared with the rota store when both are wired together. */
  constructor(readonly guards: InMemoryPlacesGuards = new InMemoryPlacesGuards()) {}

  /**
   * The next write (create, reschedule or cancel) throws `error` and writes nothing: a fault of the
   * store, or a refusal a test wants a caller to meet at the moment of writing.
   */
  failNextWrite(error: Error): void {
    this.failure = error;
  }

  /** Every booking kept, of every tenant, in the order they were made. */
  bookings(): Booking[] {
    return [...this.stored.values()].map((s) => structuredClone(s.booking));
  }

  async placesTaken(tenantId: string, query: PlacesQuery): Promise<PlacesTaken> {
    const day = this.counters.get(key(tenantId, query.hallId, query.date));
    const wanted = query.windowIds && new Set(query.windowIds);
    const taken = new Map<string, Map<LocalTime, number>>();
    for (const [windowId, times] of day ?? []) {
      if (wanted && !wanted.has(windowId)) continue;
      const inRange = [...times].filter(
        ([time]) =>
          (query.from === undefined || time >= query.from) && (query.to === undefined || time <= query.to),
      );
      if (inRange.length > 0) taken.set(windowId, new Map(inRange));
    }
    return taken;
  }

  async getBooking(tenantId: string, code: string): Promise<StoredBooking | undefined> {
    const stored = this.stored.get(key(tenantId, code));
    return stored && structuredClone(stored);
  }

  async getLedger(tenantId: string, personId: string): Promise<PersonLedger> {
    return structuredClone(this.ledgers.get(key(tenantId, personId)) ?? { version: 0, entries: [] });
  }

  /** The record as kept, expired or not (the DynamoDB store's time to live removes it only later). */
  async getIdempotency(tenantId: string, idempotencyKey: string): Promise<IdempotencyRecord | undefined> {
    const record = this.records.get(key(tenantId, idempotencyKey));
    return record && structuredClone(record);
  }

  async writeContext(
    tenantId: string,
    query: { personId: string; idempotencyKey?: string; places?: PlacesQuery },
  ): Promise<WriteContext> {
    const record =
      query.idempotencyKey === undefined
        ? undefined
        : await this.getIdempotency(tenantId, query.idempotencyKey);
    return {
      ledger: await this.getLedger(tenantId, query.personId),
      taken: query.places ? await this.placesTaken(tenantId, query.places) : new Map(),
      ...(record ? { idempotency: record } : {}),
    };
  }

  async bookingsOfHallDay(tenantId: string, hallId: string, date: LocalDate): Promise<StoredBooking[]> {
    return [...this.stored.values()]
      .filter((s) => {
        const { booking } = s;
        return (
          booking.tenantId === tenantId &&
          booking.hallId === hallId &&
          parseShanghaiIso(booking.start).date === date
        );
      })
      .map((s) => ({ s, sortKey: `${parseShanghaiIso(s.booking.start).time}#${s.booking.code}` }))
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
      .map(({ s }) => structuredClone(s));
  }

  async createBooking(write: CreateBookingWrite): Promise<CreateBookingOutcome> {
    this.takeFailure();
    // A missing counter is zero, so a window without places is refused here, as in DynamoDB.
    if (write.placeLimit < 1) return 'slot_full';
    const { booking } = write;
    const { tenantId } = booking;
    const record = this.records.get(key(tenantId, write.idempotency.key));
    const buckets = bucketsOf(booking);
    // A replay wins over everything: the first request may have taken the last place itself.
    if (record && record.expiresAt >= epochSeconds(write.now)) return 'idempotency_key_taken';
    if (!this.guards.admits(tenantId, placeOf(booking), write.rotaVersion)) return 'rota_changed';
    if (buckets.some((b) => this.taken(tenantId, b) >= write.placeLimit)) return 'slot_full';
    if (!this.ledgerAt(tenantId, write.ledger)) return 'ledger_changed';
    if (this.stored.has(key(tenantId, booking.code))) return 'code_taken';

    this.stored.set(
      key(tenantId, booking.code),
      structuredClone({ booking, version: 1, personId: write.personId, notice: write.notice }),
    );
    this.records.set(key(tenantId, write.idempotency.key), {
      ...write.idempotency,
      code: booking.code,
      expiresAt: epochSeconds(write.now) + IDEMPOTENCY_TTL_SECONDS,
    });
    this.writeLedger(tenantId, write.ledger);
    for (const b of buckets) this.add(tenantId, b, 1);
    this.guards.booked(tenantId, placeOf(booking));
    return 'created';
  }

  async rescheduleBooking(write: RescheduleBookingWrite): Promise<RescheduleBookingOutcome> {
    this.takeFailure();
    if (write.placeLimit < 1) return 'slot_full';
    const { before, after } = write;
    const { tenantId } = before.booking;
    // Buckets both slots cover at the same window stay as they are: the place there is its own.
    const { release, take } = bucketChanges(before.booking, after);
    if (!this.stillAsRead(before)) return 'booking_changed';
    if (take.length > 0 && !this.guards.admits(tenantId, placeOf(after), write.rotaVersion)) {
      return 'rota_changed';
    }
    if (take.some((b) => this.taken(tenantId, b) >= write.placeLimit)) return 'slot_full';
    if (!this.ledgerAt(tenantId, write.ledger)) return 'ledger_changed';
    this.assertReleasable(before, release);

    this.stored.set(
      key(tenantId, after.code),
      structuredClone({ ...before, booking: after, version: before.version + 1, notice: write.notice }),
    );
    this.writeLedger(tenantId, write.ledger);
    for (const b of release) this.add(tenantId, b, -1);
    for (const b of take) this.add(tenantId, b, 1);
    if (take.length > 0) this.guards.booked(tenantId, placeOf(after));
    return 'rescheduled';
  }

  async cancelBooking(write: CancelBookingWrite): Promise<CancelBookingOutcome> {
    this.takeFailure();
    const { before, after } = write;
    const { tenantId } = before.booking;
    const release = bucketsOf(before.booking);
    if (!this.stillAsRead(before)) return 'booking_changed';
    if (!this.ledgerAt(tenantId, write.ledger)) return 'ledger_changed';
    this.assertReleasable(before, release);

    this.stored.set(
      key(tenantId, after.code),
      structuredClone({ ...before, booking: after, version: before.version + 1 }),
    );
    this.writeLedger(tenantId, write.ledger);
    for (const b of release) this.add(tenantId, b, -1);
    return 'cancelled';
  }

  async markStranded(write: MarkStrandedWrite): Promise<MarkStrandedOutcome> {
    this.takeFailure();
    const { before, after } = write;
    if (!this.stillAsRead(before)) return 'booking_changed';
    this.stored.set(
      key(before.booking.tenantId, after.code),
      structuredClone({ ...before, booking: after, version: before.version + 1 }),
    );
    return 'marked';
  }

  private takeFailure(): void {
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
  }

  /** The booking is still at the version read, and still booked. */
  private stillAsRead(before: StoredBooking): boolean {
    const current = this.stored.get(key(before.booking.tenantId, before.booking.code));
    return current?.version === before.version && current.booking.status === 'booked';
  }

  /** The person's ledger is at the version the write was decided on (0: none yet). */
  private ledgerAt(tenantId: string, write: LedgerWrite): boolean {
    const current = this.ledgers.get(key(tenantId, write.personId));
    return write.expectedVersion === 0 ? current === undefined : current?.version === write.expectedVersion;
  }

  private writeLedger(tenantId: string, write: LedgerWrite): void {
    this.ledgers.set(key(tenantId, write.personId), {
      version: write.expectedVersion + 1,
      entries: structuredClone(write.entries),
    });
  }

  /** A counter at zero cannot give a place back: with every change written whole it never is. */
  private assertReleasable(before: StoredBooking, release: readonly PlaceBucket[]): void {
    if (release.every((b) => this.taken(before.booking.tenantId, b) >= 1)) return;
    const { windowId, start } = before.booking;
    throw new Error(`giving a place back: a counter of window ${windowId} from ${start} is already at zero`);
  }

  private taken(tenantId: string, b: PlaceBucket): number {
    return (
      this.counters
        .get(key(tenantId, b.hallId, b.date))
        ?.get(b.windowId)
        ?.get(b.time) ?? 0
    );
  }

  private add(tenantId: string, b: PlaceBucket, n: number): void {
    const dayKey = key(tenantId, b.hallId, b.date);
    const day = this.counters.get(dayKey) ?? new Map<string, Map<LocalTime, number>>();
    const times = day.get(b.windowId) ?? new Map<LocalTime, number>();
    times.set(b.time, (times.get(b.time) ?? 0) + n);
    day.set(b.windowId, times);
    this.counters.set(dayKey, day);
  }
}

function placeOf(booking: Booking) {
  return { hallId: booking.hallId, date: parseShanghaiIso(booking.start).date, windowId: booking.windowId };
}
