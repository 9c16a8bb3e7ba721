import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/date-math.js';
import { dayKindOf } from '../calendar/day-kind-of.js';
import { timeOf } from '../shared/primitives.js';
import { shanghaiDateOf, shanghaiIsoAt } from '../shared/shanghai-time.js';
import {
  BOOKING_RULES,
  type BookingRuleContext,
  bookingRulesForDay,
  checkBeforeCalendar,
} from './booking-rules.js';
import type { BookingChannel } from './booking-schemas.js';
import { RULE_OK, type RuleResult } from './rule-result.js';
import { calendarDayOf } from './slot-plan.js';
import { slotTimes } from './slots.js';

/** Every rule asked afresh for one slot, nothing kept between slots: what the day's checker must equal. */
function eachRuleAfresh(context: BookingRuleContext): RuleResult {
  for (const rule of BOOKING_RULES) {
    const failure = rule(context);
    if (failure) return failure;
  }
  return RULE_OK;
}

// Nows around the holiday window and the desk's hours: a working-day morning before 元旦, a Saturday,
// a Spring Festival eve, and an evening after the desk closed.
const NOWS = [
  '2026-12-30T10:00:00+08:00',
  '2027-01-02T09:30:00+08:00',
  '2026-02-16T08:00:00+08:00',
  '2026-09-29T18:30:00+08:00',
];
const CHANNELS: BookingChannel[] = ['online', 'desk', 'phone'];

describe('bookingRulesForDay', () => {
  it('answers every slot of a day exactly as asking every rule afresh does', () => {
    let compared = 0;
    for (const config of seedConfigs) {
      const hall = config.halls[0]!;
      for (const matter of config.matters.filter((m) => m.windowIds.length > 0).slice(0, 2)) {
        for (const nowIso of NOWS) {
          const now = new Date(nowIso);
          for (const channel of CHANNELS) {
            for (let d = 0; d < 4; d++) {
              const date = addDays(shanghaiDateOf(now), d);
              const q = { matterId: matter.id, hallId: hall.id, date, now };
              if (checkBeforeCalendar(config, q)) continue;
              const day = calendarDayOf(config, hall.id, date);
              const input = {
                config,
                day,
                matterId: matter.id,
                hallId: hall.id,
                now,
                channel,
                nowDayKind: dayKindOf(config, shanghaiDateOf(now), hall.id),
              };
              const check = bookingRulesForDay(input);
              const intervals = day.halls[0]?.intervals ?? [];
              const _hallDay = {
                intervals,
                slotStarts: new Set(slotTimes(intervals, matter.slotMinutes).map((t) => t.from)),
              };
              // Every slot start of the day, and a few times off the grid and outside the hours.
              const starts = [
                ...slotTimes(intervals, matter.slotMinutes).map((t) => t.from),
                timeOf(7 * 60),
                timeOf(12 * 60 + 10),
                timeOf(20 * 60),
              ];
              for (const time of starts) {
                const slotStart = shanghaiIsoAt(date, time);
                const afresh = eachRuleAfresh({
                  ...input,
                  slotStart,
                  matter,
                  hall,
                  policy: config.bookingPolicy,
                  slot: { date, time, instant: Date.parse(slotStart) },
                  today: shanghaiDateOf(now),
                  hallDay: {
                    intervals,
                    slotStarts: new Set(slotTimes(intervals, matter.slotMinutes).map((t) => t.from)),
                  },
                });
                expect(check(slotStart)).toEqual(afresh);
                compared++;
              }
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // Thousands of comparisons: a minute, so a loaded machine never cuts it short.
  }, 60_000);
});
