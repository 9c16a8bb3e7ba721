import { describe, expect, it } from 'vitest';
import { toShanghaiIso } from '../shared/shanghai-time.js';
import { type TenantConfig, TenantConfigSchema } from '../tenant/tenant-config.js';
import type { Booking } from './booking-schemas.js';
import { strandableHallDays } from './strandable-hall-days.js';
import { strandedBookings } from './stranded-bookings.js';
import { at, ziboConfig } from './test-fixtures.js';

const NOW = at('2026-12-02T10:00');

let serial = 0;
/** An active booking at zibo-center (Friday 2026-12-11 14:00 unless told), booked in order of creation. */
function booking(over: Partial<Booking> = {}): Booking {
  serial += 1;
  const start = over.start ?? '2026-12-11T14:00:00+08:00';
  return {
    code: `K7QXM4R${'ABCDEFGHJK'[Math.floor(serial / 10) % 10]}${'ABCDEFGHJK'[serial % 10]}`,
    tenantId: 'zibo',
    matterId: 'company-registration',
    hallId: 'zibo-center',
    windowIds: ['b02', 'b03'],
    windowId: 'b02',
    start,
    end: toShanghaiIso(new Date(Date.parse(start) + 30 * 60_000)),
    status: 'booked',
    channel: 'online',
    createdAt: `2026-12-01T09:${String(serial).padStart(2, '0')}:00+08:00`,
    updatedAt: '2026-12-01T09:00:00+08:00',
    history: [],
    applicant: { name: '张三', phone: '13800000000', agent: false },
    ...over,
  } as Booking;
}

function edit(change: (c: TenantConfig) => void): TenantConfig {
  const config = structuredClone(ziboConfig);
  change(config);
  return TenantConfigSchema.parse(config);
}

const strand = (after: TenantConfig, bookings: Booking[], now = NOW) =>
  strandedBookings({ before: ziboConfig, after, bookings, now });

describe('strandedBookings', () => {
  it('finds the booking of a day an override closes, with what the admin needs and no personal data', () => {
    const b = booking();
    const after = edit((c) => {
      c.calendarOverrides.push({
        date: '2026-12-11',
        hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
        reason: '停电',
      });
    });
    const [stranded, ...rest] = strand(after, [b]);
    expect(rest).toEqual([]);
    expect(stranded).toEqual({
      code: b.code,
      start: b.start,
      matterId: 'company-registration',
      hallId: 'zibo-center',
      windowId: 'b02',
      reason: 'day_closed',
    });
    expect(JSON.stringify(stranded)).not.toMatch(/张三|13800000000/);
  });

  it('finds a slot the shortened hours no longer cover, and keeps the slots they do', () => {
    const late = booking({ start: '2026-12-11T16:30:00+08:00' });
    const early = booking({ start: '2026-12-11T09:00:00+08:00' });
    const after = edit((c) => {
      c.halls[0]!.openingPolicy.workday.sessions = [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '16:45' },
      ];
    });
    expect(strand(after, [late, early]).map((s) => [s.code, s.reason])).toEqual([
      [late.code, 'outside_hours'],
    ]);
  });

  it('finds the bookings of a matter removed or retired, and of a window removed or retired', () => {
    const b = booking();
    const noMatter = edit((c) => {
      c.matters = c.matters.filter((m) => m.id !== 'company-registration');
    });
    const retiredMatter = edit((c) => {
      c.matters[0]!.retired = true;
    });
    const retiredWindow = edit((c) => {
      c.windows[0]!.retired = true;
    });
    const notServed = edit((c) => {
      c.matters[0]!.windowIds = ['b03'];
    });
    expect(strand(noMatter, [b])[0]?.reason).toBe('matter_removed');
    expect(strand(retiredMatter, [b])[0]?.reason).toBe('matter_removed');
    expect(strand(retiredWindow, [b])[0]?.reason).toBe('window_removed');
    expect(strand(notServed, [b])[0]?.reason).toBe('window_removed');
  });

  it('finds the matter no longer offered on that kind of day', () => {
    const after = edit((c) => {
      c.matters[0]!.availability.workday = 'not-offered';
    });
    expect(strand(after, [booking()])[0]?.reason).toBe('matter_not_offered');
  });

  it('strands the bookings beyond the window’s people, the latest booked first, counting every bucket', () => {
    const first = booking({ start: '2026-12-11T14:00:00+08:00' });
    const overlapping = booking({
      matterId: 'equity-pledge',
      windowIds: ['b02'],
      start: '2026-12-11T13:30:00+08:00',
      end: '2026-12-11T14:30:00+08:00',
    });
    const third = booking({ start: '2026-12-11T14:00:00+08:00' });
    const otherWindow = booking({ windowId: 'b03' });
    const after = edit((c) => {
      c.windows[0]!.staffCount = 1;
    });
    const stranded = strand(after, [third, otherWindow, overlapping, first]);
    expect(stranded.map((s) => [s.code, s.reason])).toEqual([
      [third.code, 'over_capacity'],
      [overlapping.code, 'over_capacity'],
    ]);
  });

  it('leaves out bookings not active, already marked, or already without a place before the change', () => {
    const closed = (c: TenantConfig) => {
      c.calendarOverrides.push({
        date: '2026-12-11',
        hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
        reason: '停电',
      });
    };
    const after = edit(closed);
    const cancelled = booking({ status: 'cancelled' });
    const started = booking({ start: '2026-12-02T09:30:00+08:00' });
    const marked = booking({
      stranded: { reason: 'day_closed', at: '2026-12-01T10:00:00+08:00', by: 'admin', configVersion: 4 },
    });
    const startedAfter = edit((c) => {
      closed(c);
      c.calendarOverrides.push({
        date: '2026-12-02',
        hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
        reason: '停电',
      });
    });
    expect(strand(after, [cancelled, marked])).toEqual([]);
    expect(strand(startedAfter, [started])).toEqual([]);
    expect(strandedBookings({ before: after, after, bookings: [booking()], now: NOW })).toEqual([]);
  });

  it('strands nothing when the change leaves every place as it was', () => {
    const after = edit((c) => {
      c.halls[0]!.phone = '0533-1234567';
    });
    expect(strand(after, [booking(), booking({ windowId: 'b03' })])).toEqual([]);
  });
});

describe('strandableHallDays', () => {
  it('reads nothing for a change that moves no place', () => {
    const after = edit((c) => {
      c.halls[0]!.phone = '0533-1234567';
    });
    expect(strandableHallDays(ziboConfig, after, NOW)).toEqual([]);
  });

  it('reads the one hall-day an override changes', () => {
    const after = edit((c) => {
      c.calendarOverrides.push({
        date: '2026-12-11',
        hallId: 'zibo-town',
        hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
        reason: '停电',
      });
    });
    expect(strandableHallDays(ziboConfig, after, NOW)).toEqual([{ hallId: 'zibo-town', date: '2026-12-11' }]);
  });

  it('reads every day up to the longer horizon of the hall whose windows changed, and no other hall', () => {
    const after = edit((c) => {
      c.windows[0]!.staffCount = 1;
      c.bookingPolicy.horizonDays = 7;
    });
    const days = strandableHallDays(ziboConfig, after, NOW);
    expect(new Set(days.map((d) => d.hallId))).toEqual(new Set(['zibo-center']));
    expect(days).toHaveLength(31);
    expect(days[0]).toEqual({ hallId: 'zibo-center', date: '2026-12-02' });
    expect(days.at(-1)).toEqual({ hallId: 'zibo-center', date: '2027-01-01' });
  });
});
