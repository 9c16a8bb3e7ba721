import { hallDay, shanghaiDateOf, shanghaiTimeOf, type TenantConfig } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { openMomentFrom } from './queue-clock.js';

const config = seedConfigs.find((c) => c.tenant.id === 'zaozhuang-gxq') as unknown as TenantConfig;
const HALL = 'zaozhuang-gxq-hall';
const MINUTE = 60_000;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes of the open interval holding `at` left after it, or -1 when the hall is not open at `at`. */
function minutesLeft(at: Date): number {
  const t = minutesOf(shanghaiTimeOf(at));
  const interval = hallDay(config, HALL, shanghaiDateOf(at)).intervals.find(
    (i) => minutesOf(i.from) <= t && t < minutesOf(i.to),
  );
  return interval ? minutesOf(interval.to) - t : -1;
}

// Instants around the clock, on working days, weekends and holidays (National Day 2026, the Spring
// Festival 2027 and its make-up working day), none of them picked for an answer.
const starts = [
  '2026-11-30T22:54:00+08:00',
  '2026-12-01T08:00:00+08:00',
  '2026-12-01T11:40:00+08:00',
  '2026-12-01T16:50:00+08:00',
  '2026-12-04T17:30:00+08:00',
  '2026-12-05T12:00:00+08:00',
  '2026-10-01T03:00:00+08:00',
  '2026-09-30T18:00:00+08:00',
  '2027-02-05T20:00:00+08:00',
  '2027-02-09T10:00:00+08:00',
];

describe('openMomentFrom: where the kiosk bench runs its clock', () => {
  it.each(starts)('from %s: the first moment with the hall open and 45 minutes ahead', (iso) => {
    const now = new Date(iso);
    const at = openMomentFrom(config, HALL, now, 45);
    expect(at).toBeDefined();
    const moment = at!;
    expect(moment.getTime()).toBeGreaterThanOrEqual(now.getTime());
    expect(minutesLeft(moment)).toBeGreaterThanOrEqual(45);
    // No earlier whole minute would have done.
    for (let t = Math.ceil(now.getTime() / MINUTE) * MINUTE; t < moment.getTime(); t += MINUTE) {
      expect(minutesLeft(new Date(t))).toBeLessThan(45);
    }
  });

  it('keeps the time it is given when the hall is open with time enough', () => {
    // A Tuesday, a working day.
    const day = '2026-12-01';
    const first = hallDay(config, HALL, day).intervals[0]!;
    const inside = new Date(`${day}T${first.from}:00+08:00`).getTime() + 10 * MINUTE;
    expect(minutesOf(first.to) - minutesOf(first.from)).toBeGreaterThanOrEqual(40);
    expect(openMomentFrom(config, HALL, new Date(inside), 30)?.getTime()).toBe(inside);
  });

  it('finds nothing when no interval is long enough', () => {
    expect(openMomentFrom(config, HALL, new Date('2026-12-01T10:00:00+08:00'), 24 * 60, 5)).toBeUndefined();
  });
});
