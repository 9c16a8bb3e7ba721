import { z } from 'zod';
import { LocalDateSchema, SlugSchema, TextLineSchema } from '../shared/primitives.js';
import { DayKindSchema } from '../tenant/day-kind.js';
import { DayHoursSchema } from '../tenant/opening-policy.js';
import { supportedYears } from './lunar-calendar.js';

const changesSomething = {
  check: (o: { kind?: unknown; hours?: unknown }) => o.kind !== undefined || o.hours !== undefined,
  params: { message: 'an override changes the kind of day, the hours, or both', path: ['kind'] },
};

/** What an override of one date changes; the date itself is said by whoever holds it. */
export const CalendarOverrideChangeSchema = z
  .object({
    hallId: SlugSchema.optional(),
    /** Replaces the national kind of the day. */
    kind: DayKindSchema.optional(),
    /** Replaces the hours of the day; empty sessions close the hall. */
    hours: DayHoursSchema.optional(),
    reason: TextLineSchema(200),
  })
  .refine(changesSomething.check, changesSomething.params)
  .meta({ id: 'CalendarOverrideChange' });

/**
 * A tenant's correction of one day: a local closure, special hours, or a national schedule the
 * bundled calendar lacks. Without `hallId` it applies to every hall.
 */
export const CalendarOverrideSchema = z
  .object({
    date: LocalDateSchema.refine(
      (date) => {
        const { first, last } = supportedYears();
        const year = Number(date.slice(0, 4));
        return year >= first && year <= last;
      },
      { message: 'outside the years the calendar covers' },
    ),
    ...CalendarOverrideChangeSchema.shape,
  })
  .refine(changesSomething.check, changesSomething.params)
  .meta({ id: 'CalendarOverride' });
export type CalendarOverride = z.infer<typeof CalendarOverrideSchema>;

/**
 * The admin's reason for what the overrides do to one hall on `date`: the hall's own override
 * first, then one for every hall; of two for the same scope, the later one. Undefined without one.
 */
export function overrideReasonOf(
  overrides: readonly Pick<CalendarOverride, 'date' | 'hallId' | 'reason'>[],
  hallId: string,
  date: string,
): string | undefined {
  const onDate = overrides.filter((o) => o.date === date);
  const own = onDate.filter((o) => o.hallId === hallId).at(-1);
  return (own ?? onDate.filter((o) => o.hallId === undefined).at(-1))?.reason;
}
