import { describe, expect, it } from 'vitest';
import type { Booking } from '../booking/booking-schemas.js';
import { rosteredPlaces } from './people-at.js';
import {
  bookingsMatchCounters,
  configuredPlaces,
  strandedByRota,
  windowsLosingPlaces,
} from './rota-stranding.js';
import { at, windows } from './rota-test-fixtures.js';

function booking(code: string, start: string, windowId: string, createdAt: string): Booking {
  return {
    code,
    tenantId: 't',
    matterId: 'm',
    hallId: 'hall-1',
    windowIds: [windowId],
    windowId,
    start: `2026-12-05T${start}:00+08:00`,
    end: `2026-12-05T${start.slice(0, 3)}${String(Number(start.slice(3)) + 15).padStart(2, '0')}:00+08:00`,
    status: 'booked',
    channel: 'online',
    createdAt,
    updatedAt: createdAt,
    history: [],
    applicant: { name: 'x', phone: '13900000000' },
  } as unknown as Booking;
}

const now = new Date('2026-12-01T00:00:00+08:00');

describe('strandedByRota', () => {
  it('lists the bookings at a window the new rota leaves nobody at, and keeps the others', () => {
    const bookings = [
      booking('AAAA1111', '10:00', 'tax', '2026-11-30T10:00+08:00'),
      booking('BBBB2222', '10:00', 'ap-1', '2026-11-30T10:00+08:00'),
    ];
    const stranded = strandedByRota({
      bookings,
      before: configuredPlaces(windows),
      after: rosteredPlaces({ assignments: [at('ap-a', 'ap-1')], absences: [] }),
      now,
    });
    expect(stranded.map((s) => [s.code, s.windowId, s.reason])).toEqual([
      ['AAAA1111', 'tax', 'over_capacity'],
    ]);
  });

  it('keeps the earliest booked when a window goes from two people to one', () => {
    const bookings = [
      booking('LATE0002', '10:00', 'tax', '2026-11-30T11:00+08:00'),
      booking('EARLY001', '10:00', 'tax', '2026-11-30T09:00+08:00'),
    ];
    const stranded = strandedByRota({
      bookings,
      before: rosteredPlaces({ assignments: [at('tax-a', 'tax'), at('tax-b', 'tax')], absences: [] }),
      after: rosteredPlaces({ assignments: [at('tax-a', 'tax')], absences: [] }),
      now,
    });
    expect(stranded.map((s) => s.code)).toEqual(['LATE0002']);
  });

  it('ignores bookings already past', () => {
    const stranded = strandedByRota({
      bookings: [booking('AAAA1111', '10:00', 'tax', '2026-11-30T10:00+08:00')],
      before: configuredPlaces(windows),
      after: rosteredPlaces({ assignments: [], absences: [] }),
      now: new Date('2026-12-06T00:00:00+08:00'),
    });
    expect(stranded).toEqual([]);
  });
});

describe('windowsLosingPlaces', () => {
  const ids = windows.map((w) => w.id);

  it('names the windows with fewer people in some stretch, not those that gain or keep theirs', () => {
    const before = rosteredPlaces({
      assignments: [at('tax-a', 'tax'), at('tax-b', 'tax'), at('ap-a', 'ap-1')],
      absences: [],
    });
    const after = rosteredPlaces({
      assignments: [at('tax-a', 'tax'), at('ap-a', 'ap-1'), at('ap-b', 'ap-2')],
      absences: [{ staffId: 'tax-a', from: '16:00', to: '16:05' }],
    });
    expect(windowsLosingPlaces(ids, before, after)).toEqual(['tax']);
  });

  it('counts a first rota against the configured places, which hold all day', () => {
    const whole = rosteredPlaces({ assignments: [at('ap-a', 'ap-1', '00:00', '24:00')], absences: [] });
    expect(windowsLosingPlaces(ids, configuredPlaces(windows), whole)).toEqual(
      ids.filter((id) => id !== 'ap-1'),
    );
  });

  it('names none when the change only adds people', () => {
    const before = rosteredPlaces({ assignments: [at('tax-a', 'tax')], absences: [] });
    const after = rosteredPlaces({ assignments: [at('tax-a', 'tax'), at('tax-b', 'tax')], absences: [] });
    expect(windowsLosingPlaces(ids, before, after)).toEqual([]);
  });
});

describe('bookingsMatchCounters', () => {
  const listed = [
    booking('AAAA1111', '10:00', 'tax', '2026-11-30T10:00+08:00'),
    { ...booking('CCCC3333', '10:00', 'tax', '2026-11-30T10:00+08:00'), status: 'cancelled' as const },
    booking('BBBB2222', '10:00', 'ap-1', '2026-11-30T10:00+08:00'),
  ];
  const counters = (n: number) => new Map([['tax', new Map(['10:00', '10:05', '10:10'].map((t) => [t, n]))]]);

  it('holds when the listed bookings not cancelled fill exactly the counters of the windows asked', () => {
    expect(bookingsMatchCounters(listed, counters(1), ['tax'])).toBe(true);
  });

  it('fails when a counter holds a booking the list does not show yet, or the list one the counters lost', () => {
    expect(bookingsMatchCounters(listed, counters(2), ['tax'])).toBe(false);
    expect(bookingsMatchCounters(listed, new Map(), ['tax'])).toBe(false);
    expect(bookingsMatchCounters(listed, new Map(), ['re-1'])).toBe(true);
  });
});
