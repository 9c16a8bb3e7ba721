import { z } from 'zod';
import { LocalDateSchema, SlugSchema } from '../shared/primitives.js';
import { DayKindSchema } from '../tenant/day-kind.js';
import { DayHoursSchema } from '../tenant/opening-policy.js';

/**
 * A tenant's correction of one day: a local closure, special hours, or a national schedule the
 * bundled calendar lacks. Without `hallId` it applies to every hall.
 */
export const CalendarOverrideSchema = z
  .object({
    date: LocalDateSchema,
    hallId: SlugSchema.optional(),
    /** Replaces the national kind of the day. */
    kind: DayKindSchema.optional(),
    /** Replaces the hours of the day; empty sessions close the hall. */
    hours: DayHoursSchema.optional(),
    reason: z.string().trim().min(1).max(200),
  })
  .refine((o) => o.kind !== undefined || o.hours !== undefined, {
    message: 'an override changes the kind of day, the hours, or both',
    path: ['kind'],
  })
  .meta({ id: 'CalendarOverride' });
export type CalendarOverride = z.infer<typeof CalendarOverrideSchema>;
