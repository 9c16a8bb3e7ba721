import type { Hall, LocalDate, Matter, Slot } from '@openhall/domain';
import type { PageContext } from '../page-context.js';
import { type RefusedBy, refusalOf } from '../page-error.js';
import type { PagesDeps } from '../pages-deps.js';
import type { BookingDay } from './booking-days.js';
import { bookingDaysOf } from './booking-days-of.js';

/** How many days after a full one are suggested, and how many are asked for at most. */
const SUGGESTED_DAYS = 3;
const MAX_LOOKUPS = 7;

export interface DaySlots {
  /** The date in the booking range, if it is. */
  day: BookingDay | undefined;
  slots: Slot[];
  /** Later days with a free slot, when this one has none. */
  nextDays: BookingDay[];
  refused?: RefusedBy;
}

async function onlineSlots(deps: PagesDeps, ctx: PageContext, matter: Matter, hall: Hall, date: LocalDate) {
  const availability = await deps.bookingService.availability(
    ctx.tenantId,
    { matterId: matter.id, hallId: hall.id, date },
    'online',
  );
  return availability.slots;
}

/**
 * The online slots of one date, asked only when the calendar allows that day; when nothing is
 * free, a few later days that do have a free slot.
 */
export async function daySlots(
  deps: PagesDeps,
  ctx: PageContext,
  matter: Matter,
  hall: Hall,
  date: LocalDate,
): Promise<DaySlots> {
  const days = await bookingDaysOf(deps, ctx, matter, hall.id);
  const day = days.find((d) => d.day.date === date);
  let slots: Slot[] = [];
  let refused: RefusedBy | undefined;
  if (day && !day.closed) {
    try {
      slots = await onlineSlots(deps, ctx, matter, hall, date);
    } catch (error) {
      refused = refusalOf(error);
      if (!refused) throw error;
    }
  }
  if (slots.some((s) => s.remaining > 0))
    return { day, slots, nextDays: [], ...(refused ? { refused } : {}) };
  const nextDays: BookingDay[] = [];
  let lookups = 0;
  for (const candidate of days) {
    if (nextDays.length >= SUGGESTED_DAYS || lookups >= MAX_LOOKUPS) break;
    if (candidate.day.date <= date || candidate.closed) continue;
    lookups++;
    const free = await onlineSlots(deps, ctx, matter, hall, candidate.day.date).catch((error: unknown) => {
      if (refusalOf(error)) return [];
      throw error;
    });
    if (free.some((s) => s.remaining > 0)) nextDays.push(candidate);
  }
  return { day, slots, nextDays, ...(refused ? { refused } : {}) };
}
