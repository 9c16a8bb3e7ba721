// Test fixtures: one small config per first tenant, mirroring the hours each one published
// (see the seed documents). Working-day hours are not in the seeds and are made up here.
import type { z } from 'zod';
import { type Hall, HallSchema } from '../tenant/hall.js';
import type { DayHours, OpeningPolicySchema, SpecialPeriod } from '../tenant/opening-policy.js';
import type { CalendarConfig } from './calendar-config.js';
import type { CalendarOverride } from './calendar-override.js';

const morning = { from: '09:00', to: '12:00' };
const afternoon = { from: '13:00', to: '17:00' };

function hours(
  sessions: { from: string; to: string }[],
  mode: DayHours['mode'],
  noGapLunch = false,
): DayHours {
  return { sessions, mode, noGapLunch };
}

function hall(id: string, policy: z.input<typeof OpeningPolicySchema>): Hall {
  const input: z.input<typeof HallSchema> = {
    id,
    name: { zh: `${id} 大厅`, en: `${id} hall` },
    kind: id.endsWith('centre') ? 'convenience-centre' : 'district-hall',
    address: { zh: '测试地址', en: 'Test address' },
    openingPolicy: policy,
  };
  return HallSchema.parse(input);
}

/** 除夕 to 正月初二: appointment only, 9:00-16:00 (Zaozhuang). */
export const zaozhuangSpringFestival: SpecialPeriod = {
  id: 'spring-festival',
  name: { zh: '除夕至正月初二', en: "New Year's Eve to the 2nd day" },
  from: { eve: true },
  to: { month: 1, day: 2 },
  hours: hours([{ from: '09:00', to: '16:00' }], 'appointment-only'),
};

const zaozhuangPolicy = {
  // 午间不断档: the lunch gap of working days is staffed.
  workday: hours([morning, afternoon], 'walk-in', true),
  // Weekends and holidays 9:00-16:00 with no lunch break.
  restday: hours([{ from: '09:00', to: '16:00' }], 'walk-in'),
  holiday: hours([{ from: '09:00', to: '16:00' }], 'walk-in'),
  extendedService: true,
  specialPeriods: [zaozhuangSpringFestival],
};

/** Zaozhuang High-tech Zone: the district hall and one street convenience centre. */
export const zaozhuang: CalendarConfig = {
  halls: [hall('zaozhuang-hall', zaozhuangPolicy), hall('zaozhuang-street-centre', zaozhuangPolicy)],
  calendarOverrides: [],
};

/** Chengde High-tech Zone: non-working days 9:00-11:30 and 14:00-17:00, extended service. */
export const chengde: CalendarConfig = {
  halls: [
    hall('chengde-hall', {
      workday: hours([morning, afternoon], 'walk-in'),
      restday: hours(
        [
          { from: '09:00', to: '11:30' },
          { from: '14:00', to: '17:00' },
        ],
        'walk-in',
      ),
      holiday: hours(
        [
          { from: '09:00', to: '11:30' },
          { from: '14:00', to: '17:00' },
        ],
        'walk-in',
      ),
      extendedService: true,
    }),
  ],
  calendarOverrides: [],
};

/** Zibo: 周末无休 weekends 9:00-12:00 and 13:00-17:00; statutory holidays by appointment. */
export const zibo: CalendarConfig = {
  halls: [
    hall('zibo-hall', {
      workday: hours([morning, afternoon], 'walk-in'),
      restday: hours([morning, afternoon], 'walk-in'),
      holiday: hours([morning, afternoon], 'appointment-only'),
      extendedService: false,
    }),
  ],
  calendarOverrides: [],
};

/** Boai County: non-working time by appointment. */
export const boai: CalendarConfig = {
  halls: [
    hall('boai-hall', {
      workday: hours([morning, afternoon], 'walk-in'),
      restday: hours([morning, afternoon], 'appointment-only'),
      holiday: hours([morning, afternoon], 'appointment-only'),
      extendedService: true,
    }),
  ],
  calendarOverrides: [],
};

export function withOverrides(config: CalendarConfig, overrides: CalendarOverride[]): CalendarConfig {
  return { ...config, calendarOverrides: overrides };
}
