import { z } from 'zod';
import { LocalDateSchema, LocalTimeSchema, SlugSchema } from '../shared/primitives.js';
import { DayKindSchema } from '../tenant/day-kind.js';
import { ServiceModeSchema } from '../tenant/opening-policy.js';

/** A stretch of one day during which a hall serves, and how. */
export const OpenIntervalSchema = z
  .object({ from: LocalTimeSchema, to: LocalTimeSchema, mode: ServiceModeSchema })
  .meta({ id: 'OpenInterval' });
export type OpenInterval = z.infer<typeof OpenIntervalSchema>;

export const HallDaySchema = z
  .object({
    hallId: SlugSchema,
    intervals: z.array(OpenIntervalSchema),
    /** 延时服务 applies after the last interval. */
    extendedService: z.boolean(),
    /** Id of the lunar special period in force, if any. */
    specialPeriod: z.string().optional(),
    /** True when a tenant override changed this hall's day. */
    overridden: z.boolean(),
  })
  .meta({ id: 'HallDay' });
export type HallDay = z.infer<typeof HallDaySchema>;

export const CalendarDaySchema = z
  .object({
    date: LocalDateSchema,
    kind: DayKindSchema,
    /** The year's State Council schedule is not published yet: make-up days are unknown. */
    provisional: z.boolean(),
    /** Name of the statutory holiday, e.g. 春节. */
    holidayName: z.string().optional(),
    /** Lunar date, e.g. 正月初一. */
    lunar: z.string(),
    halls: z.array(HallDaySchema),
  })
  .meta({ id: 'CalendarDay' });
export type CalendarDay = z.infer<typeof CalendarDaySchema>;
