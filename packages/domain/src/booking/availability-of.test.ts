import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { availabilityOf } from './availability-of.js';
import type { BookingChannel } from './booking-schemas.js';
import type { PlacesTaken } from './window-places.js';

const zibo = seedConfig('zibo');
const matter = zibo.matters.find((m) => m.id === 'enterprise-establishment')!;

function ziboDay(date: string, now: string, channel: BookingChannel, taken: PlacesTaken = new Map()) {
  return availabilityOf({
    config: zibo,
    matter,
    hallId: 'zibo-center',
    date,
    now: new Date(now),
    channel,
    taken,
  });
}

describe('availabilityOf (Zibo: one person at the market-access window)', () => {
  it('subtracts taken places per slot; the desk sees the place online booking leaves it', () => {
    // Taken from 09:45 on: a booking of another matter at the same window, whose slots are not on this grid.
    const taken = new Map([['market-access-1', new Map([['09:45', 1]])]]);
    const desk = ziboDay('2026-03-03', '2026-03-02T10:00:00+08:00', 'desk', taken);
    const online = ziboDay('2026-03-03', '2026-03-02T10:00:00+08:00', 'online', taken);
    expect(desk.slots.slice(0, 2).map((s) => [s.start.slice(11, 16), s.remaining, s.capacity])).toEqual([
      ['09:00', 1, 1],
      ['09:30', 0, 1],
    ]);
    // 30 % of one person is less than a whole place: nothing is held back, online sees the same.
    expect(online.slots.slice(0, 2).map((s) => [s.start.slice(11, 16), s.remaining, s.capacity])).toEqual([
      ['09:00', 1, 1],
      ['09:30', 0, 1],
    ]);
  });

  it.each([
    { when: 'a working day before 国庆', now: '2026-09-30T10:00:00+08:00', slots: 14, code: undefined },
    {
      when: 'during 国庆',
      now: '2026-10-02T10:00:00+08:00',
      slots: 0,
      code: 'holiday_booking_window_closed',
    },
  ])('lists holiday 10-05 slots online when asked on $when: $slots', ({ now, slots, code }) => {
    const day = ziboDay('2026-10-05', now, 'online');
    expect(day.slots).toHaveLength(slots);
    expect(day.unavailable?.code).toBe(code);
  });

  it('tells the desk channel it is closed on a rest day (it answers on working days only)', () => {
    expect(ziboDay('2026-03-09', '2026-03-07T10:00:00+08:00', 'desk').unavailable?.code).toBe(
      'desk_phone_closed',
    );
  });
});
