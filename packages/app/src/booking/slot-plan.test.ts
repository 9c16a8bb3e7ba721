import { BookingRuleError } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { InvalidBookingInputError } from './booking-app-errors.js';
import { planSlot, type SlotQuestion } from './slot-plan.js';

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
  it('plans a bookable slot: end, windows and the online share of the window’s 2 people', () => {
    // 30 % of 2 people is less than one whole place, so online keeps both.
    expect(planSlot(ask('2026-03-03T09:30:00+08:00'))).toMatchObject({
      date: '2026-03-03',
      start: '2026-03-03T09:30:00+08:00',
      end: '2026-03-03T10:00:00+08:00',
      windowIds: ['b02'],
      limit: 2,
    });
  });

  it('gives the desk every place (no holdback)', () => {
    expect(planSlot(ask('2026-03-03T09:30:00+08:00', { channel: 'desk' })).limit).toBe(2);
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
