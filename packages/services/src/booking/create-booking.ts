import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import {
  activeEntries,
  assertRuleOk,
  type Booking,
  type BookingBundle,
  type BookingChannel,
  type BookingHandling,
  type BookingView,
  bookingView,
  bundleHandling,
  bundleOfBooking,
  type CreateBookingRequest,
  checkPerPersonLimits,
  chooseWindow,
  type DeskRegistration,
  generateBookingCode,
  IdempotencyKeyReusedError,
  type IdempotencyRecord,
  ledgerEntryOf,
  noticeSnapshot,
  perPersonCounts,
  placesQueryOf,
  planSlot,
  SlotFullError,
  type SlotPlan,
  type TenantConfig,
  toShanghaiMinuteIso,
  type WriteContext,
} from '@openhall/domain';
import { type HallDayRota, hallDayRota } from '../rota/rostered-places-of.js';
import type { BookingDeps } from './booking-deps.js';
import { sameText } from './keyed-hasher.js';
import { rereadBooking } from './owned-booking.js';
import { limitRate } from './rate-limit.js';
import { tenantConfigOf } from './tenant-config-of.js';
import { waitAfterConflict, withWriteAttempts } from './write-retry.js';

export interface CreateBookingInput {
  tenantId: string;
  request: CreateBookingRequest;
  /** Same key and same body: the same booking back; same key, other body: `idempotency_key_reused`. */
  idempotencyKey: string;
  channel: BookingChannel;
  /** Who is asking (hashed client address), for the per-client rate limit. */
  clientId: string;
  /** Recorded in the booking's history. */
  actor: string;
  /** A desk or phone request: what the desk recorded, and the handling it starts (waiting for dispatch). */
  desk?: { registration: DeskRegistration; handling: BookingHandling };
}

export type CreateBookingDeps = Pick<
  BookingDeps,
  | 'configStore'
  | 'nationalScheduleStore'
  | 'bookingStore'
  | 'rotaStore'
  | 'rateLimiter'
  | 'hasher'
  | 'now'
  | 'randomBytes'
  | 'sleep'
  | 'random'
>;

/** Runs a rule check that throws, keeping its answer for later (the request is counted first). */
function settle<T>(check: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Books a slot: rules from the domain, then one transaction. The booking is assigned to the first
 * window of its matter (configuration order) with room in every 5-minute bucket of its slot, read
 * with the write's other inputs. A write that loses a race is tried again (a new code after a
 * collision, a fresh ledger after a concurrent change, a backoff after a transaction conflict,
 * fresh counters and maybe the next window after a bucket filled, answering `slot_full` at once
 * when no window has room); after `MAX_WRITE_ATTEMPTS` it answers `booking_busy` (503).
 */
export async function createBooking(
  deps: CreateBookingDeps,
  input: CreateBookingInput,
): Promise<{ booking: BookingView; created: boolean }> {
  const { bookingStore, hasher } = deps;
  const { tenantId, request, idempotencyKey, channel } = input;
  const now = deps.now();
  const personId = hasher.personId(tenantId, request.applicant.phone);
  const requestHash = hasher.requestHash(tenantId, { request, channel });
  const [config, first, rota] = await Promise.all([
    tenantConfigOf(deps, tenantId),
    bookingStore.writeContext(tenantId, { personId, idempotencyKey }),
    rotaOfRequest(deps, tenantId, request),
  ]);
  const live = liveRecord(first.idempotency, now);
  const planOn = ({ rostered }: HallDayRota) => ({
    ...planSlot({ config, ...request, now, channel, ...(rostered ? { rostered } : {}) }),
    // 一件事一次办: the bundle named is booked by its lead matter, whose window holds the place.
    bundle: request.bundleId
      ? bundleOfBooking(config, {
          bundleId: request.bundleId,
          matterId: request.matterId,
          hallId: request.hallId,
        })
      : undefined,
  });
  const planned = settle(() => planOn(rota));
  // The request is counted whatever the answer; the slot's counters are read beside it.
  const [, taken] = await Promise.all([
    limitRate(deps, { tenantId, config, clientId: input.clientId, now }),
    !live && planned.ok ? bookingStore.placesTaken(tenantId, placesQueryOf(planned.value)) : undefined,
  ]);
  // A retry is answered before any rule: the first attempt may itself have used up the limits.
  if (live) return replay(deps, { tenantId, config, record: live, requestHash });
  if (!planned.ok) throw planned.error;
  let plan = planned.value;
  let rotaVersion = rota.rotaVersion;
  let context: WriteContext = { ...first, taken: taken ?? new Map() };
  return withWriteAttempts(async (attempt) => {
    // A concurrent request with the same key may have landed since the last read: it is the answer,
    // before any rule (its booking is in the ledger and its place in the counters now).
    const held = attempt > 1 ? liveRecord(context.idempotency, now) : undefined;
    if (held) return replay(deps, { tenantId, config, record: held, requestHash });
    // No window has room (a latecomer to a popular slot, or after a lost race): answered without a write.
    const window = chooseWindow(plan.windows, context.taken, plan.times);
    if (!window) throw new SlotFullError(plan.start);
    const active = activeEntries(context.ledger, now);
    assertRuleOk(
      checkPerPersonLimits(perPersonCounts(active, plan.matter.id, plan.date), config.bookingPolicy),
    );
    const booking = newBooking(deps, input, plan, window.windowId, now);
    const notice = noticeSnapshot(config, booking);
    const outcome = await bookingStore.createBooking({
      booking,
      personId,
      notice,
      placeLimit: window.limit,
      idempotency: { key: idempotencyKey, requestHash },
      ledger: {
        personId,
        expectedVersion: context.ledger.version,
        entries: [...active, ledgerEntryOf(booking)],
      },
      now,
      rotaVersion,
    });
    switch (outcome) {
      case 'created':
        return { booking: bookingView(config, { booking, notice }), created: true };
      case 'slot_full':
        // A bucket of that window filled since the read: read again, another window may have room.
        break;
      case 'idempotency_key_taken': {
        // A concurrent request with the same key landed first.
        const winner = await bookingStore.getIdempotency(tenantId, idempotencyKey);
        if (winner) return replay(deps, { tenantId, config, record: winner, requestHash });
        break;
      }
      case 'code_taken':
        // Only the code was taken: the next attempt draws another, on what was read.
        return undefined;
      case 'conflict':
        await waitAfterConflict(deps, attempt);
        break;
      case 'ledger_changed':
        break;
      case 'rota_changed': {
        // A rota saved since the read took places from the window: plan again on the rota as it is.
        const fresh = await rotaOfRequest(deps, tenantId, request);
        plan = planOn(fresh);
        rotaVersion = fresh.rotaVersion;
        break;
      }
    }
    context = await bookingStore.writeContext(tenantId, {
      personId,
      idempotencyKey,
      places: placesQueryOf(plan),
    });
    return undefined;
  });
}

/** The rota's places on the requested hall-day; a malformed start is left to the slot's checks. */
async function rotaOfRequest(
  deps: Pick<BookingDeps, 'rotaStore'>,
  tenantId: string,
  request: CreateBookingRequest,
): Promise<HallDayRota> {
  const date = request.start.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { rotaVersion: 0 };
  return hallDayRota(deps, tenantId, request.hallId, date);
}

/** The record holding the key, unless it has expired (an expired record is free to replace). */
function liveRecord(record: IdempotencyRecord | undefined, now: Date): IdempotencyRecord | undefined {
  return record && record.expiresAt > now.getTime() / 1000 ? record : undefined;
}

/** The booking a key was first used for, if this is the same request again. */
async function replay(
  deps: Pick<BookingDeps, 'bookingStore'>,
  q: { tenantId: string; config: TenantConfig; record: IdempotencyRecord; requestHash: string },
): Promise<{ booking: BookingView; created: boolean }> {
  if (!sameText(q.record.requestHash, q.requestHash)) throw new IdempotencyKeyReusedError();
  const stored = await rereadBooking(deps.bookingStore, q.tenantId, q.record.code);
  return { booking: bookingView(q.config, stored), created: false };
}

function newBooking(
  deps: Pick<BookingDeps, 'randomBytes'>,
  input: CreateBookingInput,
  plan: SlotPlan & { bundle?: BookingBundle | undefined },
  windowId: string,
  now: Date,
): Booking {
  const at = toShanghaiMinuteIso(now);
  const bundle = plan.bundle;
  return {
    code: generateBookingCode(deps.randomBytes ?? ((n) => cryptoRandomBytes(n))),
    tenantId: input.tenantId,
    matterId: plan.matter.id,
    departmentId: plan.matter.departmentId,
    hallId: plan.hall.id,
    windowIds: plan.windowIds,
    windowId,
    start: plan.start,
    end: plan.end,
    status: 'booked',
    channel: input.channel,
    createdAt: at,
    updatedAt: at,
    history: [{ at, action: 'created', actor: input.actor, channel: input.channel }],
    applicant: input.request.applicant,
    ...(input.desk ? { registration: input.desk.registration, handling: input.desk.handling } : {}),
    // A bundle is given to its windows at once: the one holding the place leads, the others cooperate.
    ...(bundle
      ? { bundle, handling: bundleHandling(bundle, { leadWindowId: windowId, at, by: input.actor }) }
      : {}),
  };
}
