import { z } from 'zod';
import { LocalDateSchema } from '../shared/primitives.js';

/** A holiday's name in both languages, e.g. { zh: '春节', en: 'Spring Festival' }. */
export const HolidayNameSchema = z
  .object({ zh: z.string().trim().min(1).max(40), en: z.string().trim().min(1).max(80) })
  .meta({ id: 'HolidayName' });
export type HolidayName = z.infer<typeof HolidayNameSchema>;

/**
 * One day the State Council schedule names: a day off (`holiday`) or a 调休 make-up working day
 * (`makeup-workday`), with the holiday it belongs to.
 */
export const NationalScheduleDaySchema = z
  .object({
    date: LocalDateSchema,
    kind: z.enum(['holiday', 'makeup-workday']),
    name: HolidayNameSchema,
  })
  .meta({ id: 'NationalScheduleDay' });
export type NationalScheduleDay = z.infer<typeof NationalScheduleDaySchema>;

/** The first and last year a national schedule may be entered for. */
export const NATIONAL_SCHEDULE_YEARS = { first: 2000, last: 2099 } as const;

export const ScheduleYearSchema = z.coerce
  .number()
  .int()
  .min(NATIONAL_SCHEDULE_YEARS.first)
  .max(NATIONAL_SCHEDULE_YEARS.last);

const scheduleShape = {
  /** Where it was published, e.g. 国办发明电〔2026〕X号. */
  source: z.string().trim().min(1).max(200).optional(),
  days: z.array(NationalScheduleDaySchema).min(1).max(120),
};

type RefinementContext = z.core.$RefinementCtx<unknown>;

/**
 * Names every date listed twice and, with `year`, every date outside it. Runs even when some days
 * are malformed (`when`), so one answer lists every field error; malformed days are skipped here.
 */
function checkDates(value: { days?: unknown; year?: unknown } | undefined, ctx: RefinementContext): void {
  // With `when`, this runs on whatever came in, not only on an object.
  if (typeof value !== 'object' || value === null || !Array.isArray(value.days)) return;
  const year = typeof value.year === 'number' ? value.year : undefined;
  const seen = new Set<string>();
  value.days.forEach((day: unknown, i) => {
    const date = (day as { date?: unknown } | null)?.date;
    if (typeof date !== 'string') return;
    if (year !== undefined && Number(date.slice(0, 4)) !== year) {
      ctx.addIssue({ code: 'custom', message: `not in ${year}`, path: ['days', i, 'date'] });
    }
    if (seen.has(date)) {
      ctx.addIssue({ code: 'custom', message: `${date} is listed twice`, path: ['days', i, 'date'] });
    }
    seen.add(date);
  });
}

const always = { when: () => true } as never;

/** What the platform operator enters for one year: every day the State Council schedule names. */
export const NationalScheduleInputSchema = z
  .object(scheduleShape)
  .superRefine(checkDates, always)
  .meta({ id: 'NationalScheduleInput' });
export type NationalScheduleInput = z.infer<typeof NationalScheduleInputSchema>;

/** A year's published schedule: the days it names, all inside `year`, none twice. */
export const NationalScheduleSchema = z
  .object({
    year: z.number().int().min(NATIONAL_SCHEDULE_YEARS.first).max(NATIONAL_SCHEDULE_YEARS.last),
    ...scheduleShape,
  })
  .superRefine(checkDates, always)
  .meta({ id: 'NationalSchedule' });
export type NationalSchedule = z.infer<typeof NationalScheduleSchema>;

/** A published schedule as stored: the schedule, its version, who and when. */
export const StoredNationalScheduleSchema = z
  .object({
    schedule: NationalScheduleSchema,
    /** Starts at 1; every accepted change of this year adds one. */
    version: z.number().int().min(1),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'StoredNationalSchedule' });
export type StoredNationalSchedule = z.infer<typeof StoredNationalScheduleSchema>;

/** One accepted change of a year's schedule (who, when, what). */
export const NationalScheduleAuditEntrySchema = z
  .object({
    year: z.number().int(),
    version: z.number().int().min(1),
    at: z.string(),
    actor: z.string(),
    /** Dates added, removed or changed against the previous version. */
    changes: z.array(z.object({ op: z.enum(['add', 'remove', 'replace']), date: LocalDateSchema })),
  })
  .meta({ id: 'NationalScheduleAuditEntry' });
export type NationalScheduleAuditEntry = z.infer<typeof NationalScheduleAuditEntrySchema>;
