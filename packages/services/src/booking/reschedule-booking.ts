import {
  activeEntries,
  assertRuleOk,
  type Booking,
  type BookingChannel,
  type BookingView,
  bookingView,
  bucketTimes,
  checkPerPersonLimits,
  chooseWindow,
  type HeldBuckets,
  ledgerEntryOf,
  noticeSnapshot,
  parseShanghaiIso,
  perPersonCounts,
  placesQueryOf,
  planSlot,
  SlotFullError,
} from '@openhall/domain';
import { hallDayRota } from '../rota/rostered-places-of.js';
import { assertChangeable, withChange } from './booking-change.js';
import type { ChangeBookingDeps } from './booking-deps.js';
import { type OwnedBookingQuery, ownedBooking } from './owned-booking.js';
import { afterLostChange, withWriteAttempts } from './write-retry.js';

export interface RescheduleBookingInput extends OwnedBookingQuery {
  /** The new slot's start, ISO 8601 +08:00. */
  start: string;
  /** Through which the move is asked: the new slot is checked and counted for this channel. */
  channel: BookingChannel;
  /** Recorded in the booking's history. */
  actor: string;
  /**
   * An approved staff change: not bound by the citizen's change cutoff (the approval checked
   * `staffChangeNoticeHours` or recorded force majeure).
   */
  approvedStaffChange?: boolean;
}

/** Two ISO 8601 strings naming the same instant, however they are spelled. */
function sameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}

/** The buckets a booking holds on the day of `date`: its own place does not stand in its way when it moves. */
function heldOn(booking: Booking, date: string): HeldBuckets | undefined {
  if (parseShanghaiIso(booking.start).date !== date) return undefined;
  return { windowId: booking.windowId, times: new Set(bucketTimes(booking.start, booking.end)) };
}

/**
 * Moves the caller's booking to another slot before the change cutoff: the new slot passes every
 * booking rule for the channel, a window with room is chosen (its own first, where the buckets it
 * holds count as free), the per-person limits hold without it, and one write gives the old places
 * back and takes the new ones with a new one-time notice. Asking again for where it already is
 * changes nothing.
 */
export async function rescheduleBooking(
  deps: ChangeBookingDeps,
  input: RescheduleBookingInput,
): Promise<BookingView> {
  const { bookingStore } = deps;
  const now = deps.now();
  const { config, owned } = await ownedBooking(deps, input, now);
  let stored = owned;
  return withWriteAttempts(async (attempt) => {
    const { booking } = stored;
    if (booking.status === 'booked' && sameInstant(booking.start, input.start)) {
      return bookingView(config, stored);
    }
    assertChangeable(config, booking, now, input.approvedStaffChange === true);
    const date = input.start.slice(0, 10);
    const { rostered, rotaVersion } = /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? await hallDayRota(deps, input.tenantId, booking.hallId, date)
      : { rostered: undefined, rotaVersion: 0 };
    const plan = planSlot({
      config,
      matterId: booking.matterId,
      hallId: booking.hallId,
      start: input.start,
      now,
      channel: input.channel,
      ...(rostered ? { rostered } : {}),
    });
    const context = await bookingStore.writeContext(input.tenantId, {
      personId: stored.personId,
      places: placesQueryOf(plan),
    });
    const window = chooseWindow(plan.windows, context.taken, plan.times, heldOn(booking, plan.date));
    if (!window) throw new SlotFullError(plan.start);
    const active = activeEntries(context.ledger, now);
    const counts = perPersonCounts(active, booking.matterId, plan.date, booking.code);
    assertRuleOk(checkPerPersonLimits(counts, config.bookingPolicy));
    // A move to a slot the hall offers now ends what a configuration change stranded.
    const { stranded: _resolved, ...changed } = withChange(booking, now, input.actor, {
      action: 'rescheduled',
      previous: { start: booking.start, end: booking.end },
    });
    const after: Booking = {
      ...changed,
      start: plan.start,
      end: plan.end,
      windowIds: plan.windowIds,
      windowId: window.windowId,
      // 一件事一次办: the window now holding the place leads; the bundle's other windows cooperate.
      ...(booking.bundle && booking.handling
        ? {
            handling: {
              ...booking.handling,
              leadWindowId: window.windowId,
              cooperatingWindowIds: booking.bundle.windowIds.filter((w) => w !== window.windowId),
            },
          }
        : {}),
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
      rotaVersion,
    });
    if (outcome === 'rescheduled') return bookingView(config, { booking: after, notice });
    // A bucket filled or the rota changed since the read: the next attempt reads them again.
    stored = await afterLostChange(deps, { ...input, stored, attempt }, outcome);
    return undefined;
  });
}
