import { addDays } from '@openhall/domain';
import type { AvailabilityRequest, CitizenHttp, SlotRef } from './citizen-http.js';

interface CalendarAnswer {
  days: { date: string; kind: string; halls: { hallId: string; intervals: unknown[] }[] }[];
}
interface MattersAnswer {
  matters: { id: string; windowIds: string[] }[];
}
interface AvailabilityAnswer {
  slots?: { start: string; end: string; remaining: number; capacity: number }[];
}

export interface SlotSearch {
  tenants: readonly string[];
  /** Shanghai date of today. */
  today: string;
  /** First day searched, counted from today: far enough for the lead time and the change cut-off. */
  firstDayOffset: number;
  days: number;
  /** Stop at the end of the first day by which this many places are found. */
  wantedPlaces: number;
  maxRequests: number;
}

export interface FoundSlots {
  /** Slots the online channel may book now, with their free places. */
  slots: SlotRef[];
  /** Every availability question that answered a day with slots (bookable or not). */
  queries: AvailabilityRequest[];
  requests: number;
}

/**
 * Finds real future slots through the public API, so the bench works whatever day it runs: the
 * calendar gives each tenant's open days (working days first), the matter list gives the matters,
 * and availability gives the slots with places left. A matter and hall whose first working day
 * offers no online place (no window, or all of it held back for the desk) is not asked again.
 * Matters sharing a window share its people, so only the first matter of each window is booked:
 * the places found then add up, and both sides of the bench find what they were promised.
 */
export async function findBookableSlots(http: CitizenHttp, search: SlotSearch): Promise<FoundSlots> {
  const from = addDays(search.today, search.firstDayOffset);
  const to = addDays(from, search.days - 1);
  const plans = [];
  let requests = 0;
  for (const tenantId of search.tenants) {
    const calendar = await http.get<CalendarAnswer>(`/v1/tenants/${tenantId}/calendar?from=${from}&to=${to}`);
    const matters = await http.get<MattersAnswer>(`/v1/tenants/${tenantId}/matters`);
    requests += 2;
    if (calendar.status !== 200 || matters.status !== 200) {
      throw new Error(
        `cannot read the calendar or matters of ${tenantId} (${calendar.status}, ${matters.status})`,
      );
    }
    const open = calendar.body.days
      .map((d) => ({ ...d, halls: d.halls.filter((h) => h.intervals.length > 0).map((h) => h.hallId) }))
      .filter((d) => d.halls.length > 0);
    const days = [...open.filter((d) => d.kind === 'workday'), ...open.filter((d) => d.kind !== 'workday')];
    plans.push({ tenantId, days, matters: onePerWindow(matters.body.matters) });
  }
  const slots: SlotRef[] = [];
  const queries: AvailabilityRequest[] = [];
  const barren = new Set<string>();
  let places = 0;
  const longest = Math.max(0, ...plans.map((p) => p.days.length));
  // Whole days only, so every matter found has places on the later days too (where bookings move).
  for (let d = 0; d < longest && places < search.wantedPlaces; d++) {
    for (const plan of plans) {
      const day = plan.days[d];
      if (!day) continue;
      for (const hallId of day.halls) {
        for (const matterId of plan.matters) {
          const combo = `${plan.tenantId}|${hallId}|${matterId}`;
          if (barren.has(combo)) continue;
          if (requests >= search.maxRequests) return { slots, queries, requests };
          const q = { tenantId: plan.tenantId, hallId, matterId, date: day.date };
          const answer = await http.availability<AvailabilityAnswer>(q);
          requests++;
          const offered = answer.status === 200 ? (answer.body.slots ?? []) : [];
          if (offered.length > 0) queries.push(q);
          const free = offered.filter((s) => s.remaining > 0);
          if (free.length === 0 && day.kind === 'workday') barren.add(combo);
          for (const s of free) {
            slots.push({ ...q, start: s.start, end: s.end, capacity: s.remaining });
            places += s.remaining;
          }
        }
      }
    }
  }
  return { slots, queries, requests };
}

/** The matters that share no window with an earlier one: their slots never hold the same places. */
export function onePerWindow(matters: readonly { id: string; windowIds: readonly string[] }[]): string[] {
  const claimed = new Set<string>();
  const kept: string[] = [];
  for (const m of matters) {
    if (m.windowIds.some((w) => claimed.has(w))) continue;
    for (const w of m.windowIds) claimed.add(w);
    kept.push(m.id);
  }
  return kept;
}
