import { z } from 'zod';
import {
  LocalDateSchema,
  LocalTimeSchema,
  minutesOf,
  SlugSchema,
  TextLineSchema,
} from '../shared/primitives.js';

/**
 * What a rostered person does in a stretch of the day:
 * - `window`: serves at a window (counts as its places and for its staffing);
 * - `lunch`: 午间轮岗, serves a window over lunch so it has no gap (counts like `window`);
 * - `service-section`: the hall's service section on duty (服务科值班);
 * - `on-call`: off duty but reachable (备勤), counts for no window;
 * - `door-to-door`: 上门服务, away from the hall with a second person.
 */
export const DutySchema = z
  .enum(['window', 'lunch', 'service-section', 'on-call', 'door-to-door'])
  .meta({ id: 'RotaDuty' });
export type Duty = z.infer<typeof DutySchema>;

/** Duties that staff a window: they give its places and satisfy its staffing. */
export const WINDOW_DUTIES: ReadonlySet<Duty> = new Set(['window', 'lunch']);

const timeOrder = (r: { from: string; to: string }) => minutesOf(r.from) < minutesOf(r.to);

/** One person on one duty for one stretch of one day. */
export const RotaAssignmentSchema = z
  .object({
    staffId: SlugSchema,
    duty: DutySchema,
    /** The window served; required for `window` and `lunch`. */
    windowId: SlugSchema.optional(),
    from: LocalTimeSchema,
    to: LocalTimeSchema,
    /** Door-to-door: the visit both people go on (the same label for both). */
    visit: TextLineSchema(40).optional(),
  })
  .refine(timeOrder, { message: '`from` must be before `to`', path: ['to'] })
  .refine((a) => !WINDOW_DUTIES.has(a.duty) || a.windowId !== undefined, {
    message: 'a window duty names its window',
    path: ['windowId'],
  })
  .refine((a) => a.duty !== 'door-to-door' || a.visit !== undefined, {
    message: 'a door-to-door duty names its visit',
    path: ['visit'],
  })
  .meta({ id: 'RotaAssignment' });
export type RotaAssignment = z.infer<typeof RotaAssignmentSchema>;

/** 请假/外出: someone rostered who will not be there for a stretch of the day. */
export const AbsenceSchema = z
  .object({
    staffId: SlugSchema,
    from: LocalTimeSchema,
    to: LocalTimeSchema,
    reason: TextLineSchema(80).optional(),
  })
  .refine(timeOrder, { message: '`from` must be before `to`', path: ['to'] })
  .meta({ id: 'RotaAbsence' });
export type Absence = z.infer<typeof AbsenceSchema>;

/** What a manager writes for one hall-day: who is where, and who is away. */
export const RotaDayInputSchema = z
  .object({
    assignments: z.array(RotaAssignmentSchema).max(400),
    absences: z.array(AbsenceSchema).max(200).default([]),
  })
  .meta({ id: 'RotaDayInput' });
export type RotaDayInput = z.infer<typeof RotaDayInputSchema>;

/** The rota of one hall on one date, as stored: one version per save, who and when. */
export const RotaDaySchema = RotaDayInputSchema.extend({
  hallId: SlugSchema,
  date: LocalDateSchema,
  version: z.number().int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string(),
}).meta({ id: 'RotaDay' });
export type RotaDay = z.infer<typeof RotaDaySchema>;
