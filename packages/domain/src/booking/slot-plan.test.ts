import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { InvalidBookingInputError } from './booking-change-errors.js';
import { BookingRuleError } from './booking-errors.js';
import { placesQueryOf, planSlot, type SlotQuestion } from './slot-plan.js';

const zaozhuang = seedConfig('zaozhuang-gxq');
const ask = (start: string, overrides: Partial<SlotQuestion> = {}): SlotQuestion => ({
  config: zaozhuang,
  matterId: 'company-registration',
  hallId: 'zaozhuang-gxq-hall',
  start,
  now: new Date('2026-03-02T10:00:00+08:00'),
  channel: 'online',
  ...overrides,
});

function refusal(q: SlotQuestion): string {
  try {
    planSlot(q);
    return 'ok';
  } catch (error) {
    if (error instanceof BookingRuleError) return error.code;
    if (error instanceof InvalidBookingInputError) return `400 ${error.errors.map((e) => e.code).join()}`;
    throw error;
  }
}

describe('planSlot', () => {
  it('plans a bookable slot: end, buckets, windows and the online share of the window’s 2 people', () => {
    // 20 % of 2 people is less than one whole place, so online keeps both.
    const plan = planSlot(ask('2026-03-03T09:30+08:00'));
    expect(plan).toMatchObject({
      date: '2026-03-03',
      start: '2026-03-03T09:30:00+08:00',
      end: '2026-03-03T10:00:00+08:00',
      windowIds: ['b02'],
      windows: [{ windowId: 'b02', limit: 2 }],
      times: ['09:30', '09:35', '09:40', '09:45', '09:50', '09:55'],
    });
    expect(placesQueryOf(plan)).toEqual({
      hallId: 'zaozhuang-gxq-hall',
      date: '2026-03-03',
      windowIds: ['b02'],
      from: '09:30',
      to: '09:55',
    });
  });

  it('holds back per window: 5 people at B02 leave the desk 5 and online 4', () => {
    const config = structuredClone(zaozhuang);
    config.windows.find((w) => w.id === 'b02')!.staffCount = 5;
    const start = '2026-03-03T09:30:00+08:00';
    expect(planSlot(ask(start, { config, channel: 'desk' })).windows).toEqual([
      { windowId: 'b02', limit: 5 },
    ]);
    expect(planSlot(ask(start, { config })).windows).toEqual([{ windowId: 'b02', limit: 4 }]);
  });

  it.each([
    ['2026-03-03T09:40:00+08:00', '400 not_slot_start'],
    ['2026-03-03T17:30:00+08:00', 'outside_hours'],
    ['2026-03-02T10:30:00+08:00', 'lead_time'],
    ['2026-03-01T10:30:00+08:00', 'in_past'],
    ['2026-04-02T09:00:00+08:00', 'beyond_horizon'],
    // Far beyond the calendar's lunar tables: refused before any calendar is built.
    ['2199-03-03T09:00:00+08:00', 'beyond_horizon'],
  ])('%s -> %s', (start, expected) => {
    expect(refusal(ask(start))).toBe(expected);
  });
});
