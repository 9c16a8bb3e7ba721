import { loadavg } from 'node:os';
import { measureAvailabilityMonth } from './availability-month.js';
import { summariseMonth } from './availability-month-result.js';

/*
 * The month of availability alone, without the rest of `pnpm bench`: `pnpm bench:month [rounds]
 * [now as ISO 8601]`. Prints the same summary the bench writes (minimum and median of the rounds,
 * with the one-minute load average), so a change to the domain can be timed in seconds.
 */
const rounds = Number(process.argv[2] ?? 40);
const now = process.argv[3] ? new Date(process.argv[3]) : new Date();
if (!(rounds > 0) || Number.isNaN(now.getTime())) {
  console.error('usage: pnpm bench:month [rounds > 0] [now as ISO 8601]');
  process.exit(2);
}
const times = measureAvailabilityMonth(now, rounds);
console.log(
  JSON.stringify({ now: now.toISOString(), ...summariseMonth(times, Math.round(loadavg()[0]! * 100) / 100) }),
);
