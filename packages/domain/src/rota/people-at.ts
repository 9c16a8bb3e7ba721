import { minutesOf } from '../shared/primitives.js';
import {
  type Absence,
  type Duty,
  type RotaAssignment,
  type RotaDayInput,
  WINDOW_DUTIES,
} from './rota-schemas.js';

interface Stretch {
  from: number;
  to: number;
}

function stretchOf(r: { from: string; to: string }): Stretch {
  return { from: minutesOf(r.from), to: minutesOf(r.to) };
}

/** Whether someone is away at any moment of [from, to). */
function awayDuring(absences: readonly Absence[], staffId: string, from: number, to: number): boolean {
  return absences.some((a) => {
    if (a.staffId !== staffId) return false;
    const s = stretchOf(a);
    return s.from < to && from < s.to;
  });
}

/**
 * The fewest distinct people present on a duty over the whole of [from, to) (minutes since
 * midnight): rostered for it and not away. `match` picks the assignments that count.
 */
export function fewestPresent(
  rota: Pick<RotaDayInput, 'assignments' | 'absences'>,
  match: (a: RotaAssignment) => boolean,
  from: number,
  to: number,
): number {
  const mine = rota.assignments.filter(match);
  if (mine.length === 0 || from >= to) return 0;
  // The count only changes where an assignment or an absence begins or ends.
  const cuts = new Set([from, to]);
  for (const r of [...mine, ...rota.absences]) {
    const s = stretchOf(r);
    if (s.from > from && s.from < to) cuts.add(s.from);
    if (s.to > from && s.to < to) cuts.add(s.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let fewest = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const here = new Set<string>();
    for (const a of mine) {
      const s = stretchOf(a);
      if (s.from <= p && q <= s.to && !awayDuring(rota.absences, a.staffId, p, q)) here.add(a.staffId);
    }
    fewest = Math.min(fewest, here.size);
  }
  return fewest === Number.POSITIVE_INFINITY ? 0 : fewest;
}

/** People serving at a window over all of [from, to): its places in that stretch. */
export function peopleAtWindow(
  rota: Pick<RotaDayInput, 'assignments' | 'absences'>,
  windowId: string,
  from: number,
  to: number,
): number {
  return fewestPresent(rota, (a) => WINDOW_DUTIES.has(a.duty) && a.windowId === windowId, from, to);
}

/** People on a duty away from the windows over all of [from, to). */
export function peopleOnDuty(
  rota: Pick<RotaDayInput, 'assignments' | 'absences'>,
  duty: Duty,
  from: number,
  to: number,
): number {
  return fewestPresent(rota, (a) => a.duty === duty, from, to);
}

/** Windows the rota puts anyone at during the day. */
export function rosteredWindowIds(rota: Pick<RotaDayInput, 'assignments'>): Set<string> {
  return new Set(
    rota.assignments.filter((a) => WINDOW_DUTIES.has(a.duty) && a.windowId).map((a) => a.windowId!),
  );
}

/**
 * The places a window gives in a stretch of a date: the people the rota puts there when the date
 * has a rota, else the window's configured `staffCount`.
 */
export interface RosteredPlaces {
  placesAt(windowId: string, from: number, to: number): number;
}

/** The rota of a hall-day as places per window and stretch. */
export function rosteredPlaces(rota: Pick<RotaDayInput, 'assignments' | 'absences'>): RosteredPlaces {
  return { placesAt: (windowId, from, to) => peopleAtWindow(rota, windowId, from, to) };
}
