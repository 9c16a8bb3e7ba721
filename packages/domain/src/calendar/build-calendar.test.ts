import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors.js';
import type { DayKind } from '../tenant/day-kind.js';
import { buildCalendar } from './build-calendar.js';
import type { CalendarConfig } from './calendar-config.js';
import { CalendarDaySchema, type OpenInterval } from './calendar-day.js';
import { boai, chengde, withOverrides, zaozhuang, zibo } from './calendar-fixtures.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { lunarDateOf } from './lunar-date-of.js';
import { isSchedulePublished } from './published-schedule.js';

const walkIn = (from: string, to: string): OpenInterval => ({ from, to, mode: 'walk-in' });
const byAppointment = (from: string, to: string): OpenInterval => ({ from, to, mode: 'appointment-only' });

function dayOf(config: CalendarConfig, date: string) {
  const [day] = buildCalendar({ config, from: date, to: date });
  return day!;
}

const tenants = { zaozhuang, chengde, zibo, boai };

describe('buildCalendar: the four first tenants', () => {
  it.each<{
    tenant: keyof typeof tenants;
    date: string;
    kind: DayKind;
    intervals: OpenInterval[];
    extendedService: boolean;
    specialPeriod?: string;
    why: string;
  }>([
    // Zaozhuang: 午间不断档 on working days, 9:00-16:00 with no lunch break on weekends and
    // holidays, appointment only from 除夕 to 正月初二.
    {
      tenant: 'zaozhuang',
      date: '2026-03-10',
      kind: 'workday',
      intervals: [walkIn('09:00', '17:00')],
      extendedService: true,
      why: 'lunch gap staffed',
    },
    {
      tenant: 'zaozhuang',
      date: '2026-03-14',
      kind: 'restday',
      intervals: [walkIn('09:00', '16:00')],
      extendedService: true,
      why: 'weekend',
    },
    {
      tenant: 'zaozhuang',
      date: '2026-10-02',
      kind: 'holiday',
      intervals: [walkIn('09:00', '16:00')],
      extendedService: true,
      why: '国庆节',
    },
    {
      tenant: 'zaozhuang',
      date: '2026-02-14',
      kind: 'makeup-workday',
      intervals: [walkIn('09:00', '17:00')],
      extendedService: true,
      why: 'a make-up Saturday keeps working-day hours',
    },
    {
      tenant: 'zaozhuang',
      date: '2026-02-15',
      kind: 'holiday',
      intervals: [walkIn('09:00', '16:00')],
      extendedService: true,
      why: '腊月廿八, before the special period',
    },
    {
      tenant: 'zaozhuang',
      date: '2026-02-16',
      kind: 'holiday',
      intervals: [byAppointment('09:00', '16:00')],
      extendedService: true,
      specialPeriod: 'spring-festival',
      why: '除夕 (腊月廿九)',
    },
    {
      tenant: 'zaozhuang',
      date: '2026-02-17',
      kind: 'holiday',
      intervals: [byAppointment('09:00', '16:00')],
      extendedService: true,
      specialPeriod: 'spring-festival',
      why: '正月初一',
    },
    {
      tenant: 'zaozhuang',
      date: '2026-02-18',
      kind: 'holiday',
      intervals: [byAppointment('09:00', '16:00')],
      extendedService: true,
      specialPeriod: 'spring-festival',
      why: '正月初二',
    },
    {
      tenant: 'zaozhuang',
      date: '2026-02-19',
      kind: 'holiday',
      intervals: [walkIn('09:00', '16:00')],
      extendedService: true,
      why: '正月初三, after the special period',
    },
    {
      tenant: 'zaozhuang',
      date: '2024-02-09',
      kind: 'workday',
      intervals: [byAppointment('09:00', '16:00')],
      extendedService: true,
      specialPeriod: 'spring-festival',
      why: '除夕 (腊月三十) on a working day: the period still wins',
    },
    {
      tenant: 'zaozhuang',
      date: '2025-01-28',
      kind: 'holiday',
      intervals: [byAppointment('09:00', '16:00')],
      extendedService: true,
      specialPeriod: 'spring-festival',
      why: '除夕 2025',
    },
    // Chengde: non-working days 9:00-11:30 and 14:00-17:00 with extended service.
    {
      tenant: 'chengde',
      date: '2026-03-10',
      kind: 'workday',
      intervals: [walkIn('09:00', '12:00'), walkIn('13:00', '17:00')],
      extendedService: true,
      why: 'working day',
    },
    {
      tenant: 'chengde',
      date: '2026-03-14',
      kind: 'restday',
      intervals: [walkIn('09:00', '11:30'), walkIn('14:00', '17:00')],
      extendedService: true,
      why: 'weekend',
    },
    {
      tenant: 'chengde',
      date: '2026-10-01',
      kind: 'holiday',
      intervals: [walkIn('09:00', '11:30'), walkIn('14:00', '17:00')],
      extendedService: true,
      why: '国庆节',
    },
    {
      tenant: 'chengde',
      date: '2026-09-20',
      kind: 'makeup-workday',
      intervals: [walkIn('09:00', '12:00'), walkIn('13:00', '17:00')],
      extendedService: true,
      why: 'make-up Sunday',
    },
    // Zibo: 周末无休 on rest days; statutory holidays by appointment, weekends inside them too.
    {
      tenant: 'zibo',
      date: '2026-03-14',
      kind: 'restday',
      intervals: [walkIn('09:00', '12:00'), walkIn('13:00', '17:00')],
      extendedService: false,
      why: 'weekend',
    },
    {
      tenant: 'zibo',
      date: '2026-10-03',
      kind: 'holiday',
      intervals: [byAppointment('09:00', '12:00'), byAppointment('13:00', '17:00')],
      extendedService: false,
      why: 'a Saturday inside 国庆节 follows the holiday rule',
    },
    {
      tenant: 'zibo',
      date: '2026-02-17',
      kind: 'holiday',
      intervals: [byAppointment('09:00', '12:00'), byAppointment('13:00', '17:00')],
      extendedService: false,
      why: '正月初一',
    },
    {
      tenant: 'zibo',
      date: '2026-05-09',
      kind: 'makeup-workday',
      intervals: [walkIn('09:00', '12:00'), walkIn('13:00', '17:00')],
      extendedService: false,
      why: 'make-up Saturday',
    },
    // Boai: non-working time by appointment.
    {
      tenant: 'boai',
      date: '2026-03-10',
      kind: 'workday',
      intervals: [walkIn('09:00', '12:00'), walkIn('13:00', '17:00')],
      extendedService: true,
      why: 'working day',
    },
    {
      tenant: 'boai',
      date: '2026-03-14',
      kind: 'restday',
      intervals: [byAppointment('09:00', '12:00'), byAppointment('13:00', '17:00')],
      extendedService: true,
      why: 'weekend',
    },
    {
      tenant: 'boai',
      date: '2026-01-01',
      kind: 'holiday',
      intervals: [byAppointment('09:00', '12:00'), byAppointment('13:00', '17:00')],
      extendedService: true,
      why: '元旦',
    },
  ])('$tenant $date ($why)', ({ tenant, date, kind, intervals, extendedService, specialPeriod }) => {
    const config = tenants[tenant];
    const day = dayOf(config, date);
    expect(day.kind).toBe(kind);
    for (const hall of day.halls) {
      expect(hall).toEqual({
        hallId: hall.hallId,
        intervals,
        extendedService,
        overridden: false,
        ...(specialPeriod ? { specialPeriod } : {}),
      });
    }
    expect(day.halls.map((h) => h.hallId)).toEqual(config.halls.map((h) => h.id));
  });
});

describe('buildCalendar: the day itself', () => {
  it('gives the lunar date, the holiday name and provisional false in a published year', () => {
    expect(dayOf(zibo, '2026-02-17')).toMatchObject({
      date: '2026-02-17',
      kind: 'holiday',
      provisional: false,
      holidayName: '春节',
      lunar: '正月初一',
    });
    expect(dayOf(zibo, '2026-03-10')).not.toHaveProperty('holidayName');
  });

  it('returns one schema-valid day per date, in order, for a whole year', () => {
    const days = buildCalendar({ config: zaozhuang, from: '2026-01-01', to: '2026-12-31' });
    expect(days).toHaveLength(365);
    expect(days[0]!.date).toBe('2026-01-01');
    expect(days[364]!.date).toBe('2026-12-31');
    for (const day of days) expect(CalendarDaySchema.safeParse(day).success, day.date).toBe(true);
  });

  it('resolves the special period in a provisional year from the lunar calendar', () => {
    let year = 2027;
    while (isSchedulePublished(year)) year++;
    const days = buildCalendar({ config: zaozhuang, from: `${year}-01-01`, to: `${year}-03-31` });
    expect(days.every((d) => d.provisional)).toBe(true);
    const special = days.filter((d) => d.halls[0]!.specialPeriod === 'spring-festival');
    expect(special).toHaveLength(3);
    expect(lunarDateOf(special[0]!.date).isEve).toBe(true);
    expect(special.slice(1).map((d) => d.lunar)).toEqual(['正月初一', '正月初二']);
    expect(special.every((d) => d.kind === 'holiday' && d.holidayName === '春节')).toBe(true);
  });
});

describe('buildCalendar: overrides', () => {
  const [hallA, hallB] = zaozhuang.halls.map((h) => h.id) as [string, string];
  const reason = '测试';

  it.each<{
    name: string;
    date: string;
    overrides: Parameters<typeof withOverrides>[1];
    kind: DayKind;
    holidayName?: string;
    a: { intervals: OpenInterval[]; overridden: boolean; specialPeriod?: string };
    b: { intervals: OpenInterval[]; overridden: boolean; specialPeriod?: string };
  }>([
    {
      name: 'a tenant-wide kind changes the day and every hall',
      date: '2026-03-10',
      overrides: [{ date: '2026-03-10', kind: 'holiday', reason }],
      kind: 'holiday',
      a: { intervals: [walkIn('09:00', '16:00')], overridden: true },
      b: { intervals: [walkIn('09:00', '16:00')], overridden: true },
    },
    {
      name: 'a tenant-wide working day on a national holiday',
      date: '2026-10-02',
      overrides: [{ date: '2026-10-02', kind: 'workday', reason }],
      kind: 'workday',
      a: { intervals: [walkIn('09:00', '17:00')], overridden: true },
      b: { intervals: [walkIn('09:00', '17:00')], overridden: true },
    },
    {
      name: 'tenant-wide empty hours close every hall, the kind stays',
      date: '2026-03-11',
      overrides: [
        { date: '2026-03-11', hours: { sessions: [], mode: 'walk-in', noGapLunch: false }, reason },
      ],
      kind: 'workday',
      a: { intervals: [], overridden: true },
      b: { intervals: [], overridden: true },
    },
    {
      name: 'a hall-scoped kind changes that hall’s hours only, not the day',
      date: '2026-03-12',
      overrides: [{ date: '2026-03-12', hallId: 'zaozhuang-street-centre', kind: 'restday', reason }],
      kind: 'workday',
      a: { intervals: [walkIn('09:00', '17:00')], overridden: false },
      b: { intervals: [walkIn('09:00', '16:00')], overridden: true },
    },
    {
      name: 'hall-scoped hours change that hall only',
      date: '2026-03-13',
      overrides: [
        {
          date: '2026-03-13',
          hallId: 'zaozhuang-hall',
          hours: { sessions: [{ from: '08:00', to: '12:00' }], mode: 'appointment-only', noGapLunch: false },
          reason,
        },
      ],
      kind: 'workday',
      a: { intervals: [byAppointment('08:00', '12:00')], overridden: true },
      b: { intervals: [walkIn('09:00', '17:00')], overridden: false },
    },
    {
      name: 'hall-scoped hours beat tenant-wide hours',
      date: '2026-03-16',
      overrides: [
        { date: '2026-03-16', hours: { sessions: [], mode: 'walk-in', noGapLunch: false }, reason },
        {
          date: '2026-03-16',
          hallId: 'zaozhuang-street-centre',
          hours: { sessions: [{ from: '10:00', to: '12:00' }], mode: 'walk-in', noGapLunch: false },
          reason,
        },
      ],
      kind: 'workday',
      a: { intervals: [], overridden: true },
      b: { intervals: [walkIn('10:00', '12:00')], overridden: true },
    },
    {
      name: 'override hours beat the special period',
      date: '2026-02-17',
      overrides: [
        {
          date: '2026-02-17',
          hours: { sessions: [{ from: '10:00', to: '14:00' }], mode: 'walk-in', noGapLunch: false },
          reason,
        },
      ],
      kind: 'holiday',
      holidayName: '春节',
      a: { intervals: [walkIn('10:00', '14:00')], overridden: true },
      b: { intervals: [walkIn('10:00', '14:00')], overridden: true },
    },
    {
      name: 'a kind-only override keeps the special period',
      date: '2026-02-18',
      overrides: [{ date: '2026-02-18', kind: 'workday', reason }],
      kind: 'workday',
      a: { intervals: [byAppointment('09:00', '16:00')], overridden: true, specialPeriod: 'spring-festival' },
      b: { intervals: [byAppointment('09:00', '16:00')], overridden: true, specialPeriod: 'spring-festival' },
    },
    {
      name: 'of two overrides for one date and scope, the later wins',
      date: '2026-03-17',
      overrides: [
        { date: '2026-03-17', kind: 'holiday', reason },
        { date: '2026-03-17', kind: 'restday', reason },
      ],
      kind: 'restday',
      a: { intervals: [walkIn('09:00', '16:00')], overridden: true },
      b: { intervals: [walkIn('09:00', '16:00')], overridden: true },
    },
  ])('$name', ({ date, overrides, kind, holidayName, a, b }) => {
    const config = withOverrides(zaozhuang, [
      ...overrides,
      // An override of another date changes nothing here.
      { date: '2026-12-01', kind: 'holiday', reason },
    ]);
    const day = dayOf(config, date);
    expect(day.kind).toBe(kind);
    expect(day.halls).toEqual([
      { hallId: hallA, extendedService: a.intervals.length > 0, ...a },
      { hallId: hallB, extendedService: b.intervals.length > 0, ...b },
    ]);
    // Only a national holiday kept as one is named.
    expect(day.holidayName).toBe(holidayName);
  });

  it('leaves the days around an override alone', () => {
    const config = withOverrides(zaozhuang, [{ date: '2026-03-11', kind: 'holiday', reason }]);
    const days = buildCalendar({ config, from: '2026-03-10', to: '2026-03-12' });
    expect(days.map((d) => d.kind)).toEqual(['workday', 'holiday', 'workday']);
    expect(days.map((d) => d.halls[0]!.overridden)).toEqual([false, true, false]);
  });
});

describe('buildCalendar: input', () => {
  it('limits the halls to the ids asked for, in the configured order', () => {
    const days = buildCalendar({
      config: zaozhuang,
      from: '2026-03-10',
      to: '2026-03-11',
      hallIds: ['zaozhuang-street-centre'],
    });
    expect(days.map((d) => d.halls.map((h) => h.hallId))).toEqual([
      ['zaozhuang-street-centre'],
      ['zaozhuang-street-centre'],
    ]);
  });

  it('refuses an unknown hall', () => {
    const build = () =>
      buildCalendar({ config: zaozhuang, from: '2026-03-10', to: '2026-03-10', hallIds: ['nowhere'] });
    expect(build).toThrow(NotFoundError);
    expect(build).toThrow(expect.objectContaining({ code: 'hall_not_found' }));
  });

  it.each([
    { from: '2026-03-11', to: '2026-03-10' },
    { from: '2026-02-30', to: '2026-03-10' },
    { from: '2099-12-31', to: '2100-01-01' },
  ])('refuses $from to $to', ({ from, to }) => {
    expect(() => buildCalendar({ config: zaozhuang, from, to })).toThrow(CalendarRangeError);
  });
});

describe('buildCalendar: a whole year', () => {
  // No duration is asserted: a loaded machine would fail it. Its speed is for `pnpm bench` to measure.
  it('builds all 366 days of a leap year for four halls', () => {
    const config: CalendarConfig = {
      halls: [zaozhuang, chengde, zibo, boai].flatMap((c) => c.halls).slice(0, 4),
      calendarOverrides: [{ date: '2028-05-06', kind: 'holiday', reason: '测试' }],
    };
    const days = buildCalendar({ config, from: '2028-01-01', to: '2028-12-31' });
    expect(days).toHaveLength(366);
    expect([days[0]!.date, days.at(-1)!.date]).toEqual(['2028-01-01', '2028-12-31']);
    for (const day of days) expect(day.halls.map((h) => h.hallId)).toEqual(config.halls.map((h) => h.id));
  });
});
