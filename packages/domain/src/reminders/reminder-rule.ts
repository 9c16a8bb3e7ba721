import { z } from 'zod';
import { LocalTimeSchema } from '../shared/primitives.js';

const RuleIdSchema = z
  .string()
  .min(2)
  .max(16)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a short lower-case slug such as "day-before"');

/** The SMS templates a reminder may use: both take the matter, hall, time and booking code. */
export const REMINDER_TEMPLATE_KEYS = [
  'booking-reminder-day-before',
  'booking-reminder-hour-before',
] as const;
export type ReminderTemplateKey = (typeof REMINDER_TEMPLATE_KEYS)[number];
const ReminderTemplateKeySchema = z.enum(REMINDER_TEMPLATE_KEYS);

/**
 * When a booking's applicant is reminded (预约提醒) and with which text: `daysBefore` days before the
 * booked day at a wall-clock time (the evening before at 18:00), or `minutesBefore` the start (an hour
 * before). A rule stored before it named its template gets the one its shape speaks of: a day rule
 * the "tomorrow" text, a minutes rule the "coming hour" text.
 */
export const ReminderRuleSchema = z
  .union([
    z
      .object({
        id: RuleIdSchema,
        daysBefore: z.number().int().min(1).max(7),
        at: LocalTimeSchema,
        templateKey: ReminderTemplateKeySchema.default('booking-reminder-day-before'),
      })
      .strict(),
    z
      .object({
        id: RuleIdSchema,
        minutesBefore: z.number().int().min(5).max(1440),
        templateKey: ReminderTemplateKeySchema.default('booking-reminder-hour-before'),
      })
      .strict(),
  ])
  .meta({ id: 'ReminderRule' });
export type ReminderRule = z.infer<typeof ReminderRuleSchema>;
/** When a rule reminds, without its text (what the schedules are made from). */
export type ReminderTiming = z.input<typeof ReminderRuleSchema>;

/** The default: the day before at 18:00 and one hour before, each with today's text. */
export const DEFAULT_REMINDER_RULES: ReminderRule[] = [
  { id: 'day-before', daysBefore: 1, at: '18:00', templateKey: 'booking-reminder-day-before' },
  { id: 'hour-before', minutesBefore: 60, templateKey: 'booking-reminder-hour-before' },
];

/** A tenant's reminder rules, ids unique. */
export const ReminderRulesSchema = z
  .array(ReminderRuleSchema)
  .max(4)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'reminder ids must be unique')
  .default(DEFAULT_REMINDER_RULES);

/**
 * The template of the rule a reminder was scheduled under. A rule the tenant has since removed keeps
 * the text of the default rule of the same id, else the "coming hour" text (the schedule still fires).
 */
export function reminderTemplateOf(rules: readonly ReminderRule[], ruleId: string): ReminderTemplateKey {
  const rule = rules.find((r) => r.id === ruleId) ?? DEFAULT_REMINDER_RULES.find((r) => r.id === ruleId);
  return rule?.templateKey ?? 'booking-reminder-hour-before';
}
