import type { HallCalendarDay } from '../calendar/hall-day.js';
import { openIntervals } from '../calendar/open-intervals.js';
import { minutesOf } from '../shared/primitives.js';
import { isWorkingDay, policyKindOf } from '../tenant/day-kind.js';
import type { Hall } from '../tenant/hall.js';
import type { ServiceFlags } from './ticket.js';

/** Minutes since midnight (Shanghai) of a seconds-precision +08:00 instant. */
function minuteOfDay(instant: string): number {
  return minutesOf(instant.slice(11, 16));
}

/** The day's sessions with their gaps kept, whatever 午间不断档 merged: the lunch break is a gap. */
export function sessionsOf(hall: Hall, day: HallCalendarDay): { from: number; to: number }[] {
  // An override or special period already chose the hours: its intervals are the sessions.
  const hours =
    day.overridden || day.specialPeriod
      ? undefined
      : { ...hall.openingPolicy[policyKindOf(day.kind)], noGapLunch: false };
  const intervals = hours ? openIntervals(hours) : day.intervals;
  return intervals.map((i) => ({ from: minutesOf(i.from), to: minutesOf(i.to) }));
}

/**
 * The flags of a service from the calendar engine's day of the hall (`hallDay`) and the hall's
 * hours: lunch service (served during the break between sessions of a working day), 延时服务 (finished
 * after the last session; minutes past closing), rest day, statutory holiday, appointment.
 */
export function serviceFlags(
  hall: Hall,
  day: HallCalendarDay,
  served: { from: string; to: string },
  appointment: boolean,
): ServiceFlags {
  const sessions = sessionsOf(hall, day);
  const from = minuteOfDay(served.from);
  // A service finished after midnight counts its minutes on from the day it began.
  const to = minuteOfDay(served.to) + (served.to.slice(0, 10) === day.date ? 0 : 1440);
  let lunch = false;
  for (let i = 1; i < sessions.length; i++) {
    const gapFrom = sessions[i - 1]!.to;
    const gapTo = sessions[i]!.from;
    if (from < gapTo && to > gapFrom) lunch = true;
  }
  const closing = sessions.at(-1)?.to;
  const past = closing === undefined ? 0 : Math.max(0, to - closing);
  return {
    lunch: lunch && isWorkingDay(day.kind),
    extended: past > 0,
    minutesPastClosing: past,
    restday: day.kind === 'restday',
    holiday: day.kind === 'holiday',
    appointment,
  };
}

/** Whether the hall is past its last session on `time` (`HH:MM`) of that day: 延时服务 if anyone still waits. */
export function pastClosing(day: HallCalendarDay, time: string): boolean {
  const last = day.intervals.at(-1);
  return last !== undefined && minutesOf(time) >= minutesOf(last.to);
}
