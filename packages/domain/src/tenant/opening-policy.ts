import { z } from 'zod';
import { LocalizedTextSchema, minutesOf, SlugSchema, TimeRangeSchema } from '../shared/primitives.js';

/** How a hall serves during its hours: anyone may walk in, or only people with a booking. */
export const ServiceModeSchema = z.enum(['walk-in', 'appointment-only']).meta({ id: 'ServiceMode' });
export type ServiceMode = z.infer<typeof ServiceModeSchema>;

/**
 * Published hours of one kind of day: the sessions (上午/下午) and how they are served.
 * No sessions means closed that kind of day.
 */
export const DayHoursSchema = z
  .object({
    sessions: z.array(TimeRangeSchema).max(6),
    mode: ServiceModeSchema,
    /** 午间不断档: staff rotate over lunch, so the gap between sessions is served too. */
    noGapLunch: z.boolean().default(false),
  })
  .superRefine((h, ctx) => {
    for (let i = 1; i < h.sessions.length; i++) {
      const prev = h.sessions[i - 1]!;
      const cur = h.sessions[i]!;
      if (minutesOf(cur.from) < minutesOf(prev.to)) {
        ctx.addIssue({
          code: 'custom',
          message: 'sessions must be in order and not overlap',
          path: ['sessions', i],
        });
      }
    }
  })
  .meta({ id: 'DayHours' });
export type DayHours = z.infer<typeof DayHoursSchema>;

/** A lunar date (农历). `month` 1-12, `day` 1-30; `除夕` is written `{ eve: true }` because it is day 29 or 30. */
export const LunarDateRefSchema = z
  .union([
    z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(30) }).strict(),
    z.object({ eve: z.literal(true) }).strict(),
  ])
  .meta({ id: 'LunarDateRef', description: '{month, day} of the lunar calendar, or {eve: true} for 除夕' });
export type LunarDateRef = z.infer<typeof LunarDateRefSchema>;

/** A recurring period fixed by lunar dates, e.g. 除夕 to 正月初二 appointment only (Zaozhuang). */
export const SpecialPeriodSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    from: LunarDateRefSchema,
    to: LunarDateRefSchema,
    hours: DayHoursSchema,
  })
  .meta({ id: 'SpecialPeriod' });
export type SpecialPeriod = z.infer<typeof SpecialPeriodSchema>;

/** Opening policy of one hall. A make-up working day (调休补班) follows `workday`. */
export const OpeningPolicySchema = z
  .object({
    workday: DayHoursSchema,
    restday: DayHoursSchema,
    holiday: DayHoursSchema,
    /** 延时服务: serve past closing until everyone accepted or waiting is done. */
    extendedService: z.boolean(),
    specialPeriods: z.array(SpecialPeriodSchema).max(20).default([]),
  })
  .meta({ id: 'OpeningPolicy' });
export type OpeningPolicy = z.infer<typeof OpeningPolicySchema>;
