import { z } from 'zod';
import { LocalTimeSchema } from '../shared/primitives.js';

const RuleIdSchema = z
  .string()
  .min(2)
  .max(16)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a short lower-case slug such as "day-before"');

/**
 * When a booking's applicant is reminded (预约提醒): `daysBefore` days before the booked day at a
 * wall-clock time (the evening before at 18:00), or `minutesBefore` the start (an hour before).
 */
export const ReminderRuleSchema = z
  .union([
    z.object({ id: RuleIdSchema, daysBefore: z.number().int().min(1).max(7), at: LocalTimeSchema }).strict(),
    z.object({ id: RuleIdSchema, minutesBefore: z.number().int().min(5).max(1440) }).strict(),
  ])
  .meta({ id: 'ReminderRule' });
export type ReminderRule = z.infer<typeof ReminderRuleSchema>;

/** The default: the day before at 18:00 and one hour before. */
export const DEFAULT_REMINDER_RULES: ReminderRule[] = [
  { id: 'day-before', daysBefore: 1, at: '18:00' },
  { id: 'hour-before', minutesBefore: 60 },
];

/** A tenant's reminder rules, ids unique. */
export const ReminderRulesSchema = z
  .array(ReminderRuleSchema)
  .max(4)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'reminder ids must be unique')
  .default(DEFAULT_REMINDER_RULES);
