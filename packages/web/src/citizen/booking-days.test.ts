import {
  availabilityOf,
  type LocalDate,
  type RosteredPlaces,
  type RotaAssignment,
  rosteredPlaces,
  type TenantConfig,
} from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { bookingDays, hallsForMatter } from './booking-days.js';

function seed(id: string): TenantConfig {
  return structuredClone(seedConfigs.find((c) => c.tenant.id === id)!);
}

/** Zibo with its weekend hours removed: a hall closed on rest days. */
function ziboClosedOnRestDays(): TenantConfig {
  const config = seed('zibo');
  config.halls[0]!.openingPolicy.restday.sessions = [];
  return config;
}

/** Zibo where the first matter is not offered on rest days. */
function ziboMatterNotOnRestDays(): TenantConfig {
  const config = seed('zibo');
  config.matters[0]!.availability.restday = 'not-offered';
  return config;
}

describe('bookingDays', () => {
  // 2026: 中秋 25-27 Sep, 国庆节 1-7 Oct; 20 Sep (Sunday) and 10 Oct (Saturday) are 调休 working days.
  it.each([
    [
      'zibo: a holiday booked on a working day before it',
      seed('zibo'),
      '2026-09-24T10:00:00+08:00',
      '2026-10-01',
      undefined,
    ],
    [
      'zibo: a holiday booked during another holiday',
      seed('zibo'),
      '2026-09-25T10:00:00+08:00',
      '2026-10-01',
      'holiday_booking_window_closed',
    ],
    [
      'zibo: a holiday booked on a rest day',
      seed('zibo'),
      '2026-09-19T10:00:00+08:00',
      '2026-09-25',
      'holiday_booking_window_closed',
    ],
    [
      'zibo: a holiday booked on a 调休 Sunday',
      seed('zibo'),
      '2026-09-20T10:00:00+08:00',
      '2026-09-25',
      undefined,
    ],
    ['zibo: a weekend day is open', seed('zibo'), '2026-09-14T10:00:00+08:00', '2026-09-19', undefined],
    [
      'zaozhuang: holidays may be booked any time',
      seed('zaozhuang-gxq'),
      '2026-09-25T10:00:00+08:00',
      '2026-10-01',
      undefined,
    ],
    [
      'a hall closed on rest days',
      ziboClosedOnRestDays(),
      '2026-09-14T10:00:00+08:00',
      '2026-09-19',
      'hall_closed',
    ],
    [
      'a matter not offered on rest days',
      ziboMatterNotOnRestDays(),
      '2026-09-14T10:00:00+08:00',
      '2026-09-19',
      'matter_not_offered',
    ],
  ])('%s', (_, config, now, date, reason) => {
    const matter = config.matters[0]!;
    const hallId = hallsForMatter(config, matter)[0]!.id;

    const days = bookingDays({ config, matter, hallId, now: new Date(now) });

    const day = days.find((d) => d.day.date === date);
    expect(day?.closed).toBe(reason);
  });

  it('runs from today to the horizon, inclusive', () => {
    const config = seed('zibo');
    const days = bookingDays({
      config,
      matter: config.matters[0]!,
      hallId: config.halls[0]!.id,
      now: new Date('2026-11-22T23:30:00+08:00'),
    });
    expect(days[0]!.day.date).toBe('2026-11-22');
    expect(days).toHaveLength(config.bookingPolicy.horizonDays + 1);
  });

  it('does not offer today once its last slot has started', () => {
    const config = seed('zibo');
    const matter = config.matters[0]!;
    const at = (time: string) =>
      bookingDays({ config, matter, hallId: 'zibo-center', now: new Date(`2026-11-23T${time}+08:00`) })[0]!;

    expect(at('08:00:00').closed).toBeUndefined();
    expect(at('17:30:00').closed).toBe('no_slot_left');
  });

  it("says a day an override closes is closed, with the admin's reason", () => {
    const config = seed('zibo');
    config.calendarOverrides.push({
      date: '2026-11-25',
      hallId: 'zibo-center',
      hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
      reason: '电力检修，暂停服务',
    });
    const days = bookingDays({
      config,
      matter: config.matters[0]!,
      hallId: 'zibo-center',
      now: new Date('2026-11-23T08:00:00+08:00'),
    });
    const day = days.find((d) => d.day.date === '2026-11-25')!;
    expect(day.closed).toBe('hall_closed');
    expect(day.closedNote).toBe('电力检修，暂停服务');
    expect(days.find((d) => d.day.date === '2026-11-24')!.closedNote).toBeUndefined();
  });

  it('says how the matter is offered that kind of day', () => {
    const config = seed('boai');
    const matter = config.matters[0]!;
    const days = bookingDays({
      config,
      matter,
      hallId: config.halls[0]!.id,
      now: new Date('2026-09-14T10:00:00+08:00'),
    });
    const saturday = days.find((d) => d.day.date === '2026-09-19')!;
    expect(saturday.availability).toBe(matter.availability.restday);
  });
});

describe('hallsForMatter', () => {
  it('keeps only halls with a window of the matter', () => {
    const config = seed('zibo');
    config.halls.push({ ...config.halls[0]!, id: 'empty-hall' });
    expect(hallsForMatter(config, config.matters[0]!).map((h) => h.id)).toEqual(['zibo-center']);
  });
});

describe('bookingDays follows the rota as availability does', () => {
  // Chengde, asked on Tuesday 1 December 2026; enterprise registration is served at approval-1 and -2.
  const config = seed('chengde-gxq');
  const hallId = 'chengde-gxq-center';
  const matter = config.matters.find((m) => m.id === 'enterprise-registration')!;
  const now = new Date('2026-12-01T10:00:00+08:00');
  const at = (staffId: string, windowId: string, from: string, to: string): RotaAssignment => ({
    staffId,
    duty: 'window',
    windowId,
    from,
    to,
  });
  // Saturday: the matter's windows left empty (staffCount would give two places).
  // Sunday: only the afternoon staffed. Monday: someone at another window only.
  const rotas = new Map<LocalDate, RosteredPlaces>([
    ['2026-12-05', rosteredPlaces({ assignments: [at('t-tax-a', 'tax', '09:00', '17:00')], absences: [] })],
    [
      '2026-12-06',
      rosteredPlaces({ assignments: [at('t-ap-a', 'approval-1', '14:00', '17:00')], absences: [] }),
    ],
    ['2026-12-07', rosteredPlaces({ assignments: [], absences: [] })],
  ]);

  it('closes a day whose rota puts nobody at the matter’s windows, though staffCount gives places', () => {
    const withoutRota = bookingDays({ config, matter, hallId, now });
    const withRota = bookingDays({ config, matter, hallId, now, rotas });
    const closed = (days: typeof withRota, date: string) => days.find((d) => d.day.date === date)?.closed;
    expect(closed(withoutRota, '2026-12-05')).toBeUndefined();
    expect(closed(withRota, '2026-12-05')).toBe('no_slot_left');
    expect(closed(withRota, '2026-12-06')).toBeUndefined();
    expect(closed(withRota, '2026-12-07')).toBe('no_slot_left');
  });

  it('offers a day exactly when availability lists a slot with someone to serve it, every day of the range', () => {
    const days = bookingDays({ config, matter, hallId, now, rotas });
    expect(days.length).toBeGreaterThan(7);
    for (const { day, closed } of days) {
      const rostered = rotas.get(day.date);
      const view = availabilityOf({
        config,
        matter,
        hallId,
        date: day.date,
        now,
        channel: 'desk',
        taken: new Map(),
        ...(rostered ? { rostered } : {}),
      });
      expect(closed === undefined, day.date).toBe(view.slots.some((s) => s.capacity > 0));
    }
  });
});
