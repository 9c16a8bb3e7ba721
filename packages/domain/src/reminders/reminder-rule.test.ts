import { describe, expect, it } from 'vitest';
import { BookingPolicySchema } from '../tenant/booking-policy.js';
import {
  DEFAULT_REMINDER_RULES,
  ReminderRuleSchema,
  ReminderRulesSchema,
  reminderTemplateOf,
} from './reminder-rule.js';

describe('ReminderRuleSchema', () => {
  it.each([
    [{ id: 'day-before', daysBefore: 1, at: '18:00' }, 'booking-reminder-day-before'],
    [{ id: 'two-days', daysBefore: 2, at: '09:00' }, 'booking-reminder-day-before'],
    [{ id: 'hour-before', minutesBefore: 60 }, 'booking-reminder-hour-before'],
    // A stored rule whose id speaks of a day but counts minutes gets the text its shape speaks of.
    [{ id: 'half-day', minutesBefore: 720 }, 'booking-reminder-hour-before'],
  ])('gives a rule stored without a template (%o) the text of its shape', (stored, expected) => {
    expect(ReminderRuleSchema.parse(stored).templateKey).toBe(expected);
  });

  it('keeps the template a rule names', () => {
    const rule = ReminderRuleSchema.parse({
      id: 'evening',
      minutesBefore: 600,
      templateKey: 'booking-reminder-day-before',
    });
    expect(rule.templateKey).toBe('booking-reminder-day-before');
  });

  it('refuses a template that is not a reminder', () => {
    const parsed = ReminderRuleSchema.safeParse({
      id: 'hour-before',
      minutesBefore: 60,
      templateKey: 'verification-code',
    });
    expect(parsed.success).toBe(false);
  });

  it('parses a tenant policy stored before rules named their template, unchanged otherwise', () => {
    const stored = [
      { id: 'day-before', daysBefore: 1, at: '18:00' },
      { id: 'hour-before', minutesBefore: 60 },
    ];
    expect(ReminderRulesSchema.parse(stored)).toEqual(DEFAULT_REMINDER_RULES);
    expect(ReminderRulesSchema.parse(undefined)).toEqual(DEFAULT_REMINDER_RULES);
    expect(BookingPolicySchema.shape.reminders.parse(stored)).toEqual(DEFAULT_REMINDER_RULES);
  });
});

describe('reminderTemplateOf', () => {
  const rules = ReminderRulesSchema.parse([
    { id: 'morning', minutesBefore: 180, templateKey: 'booking-reminder-day-before' },
    { id: 'hour-before', minutesBefore: 60 },
  ]);

  it('takes the template from the rule of that id', () => {
    expect(reminderTemplateOf(rules, 'morning')).toBe('booking-reminder-day-before');
    expect(reminderTemplateOf(rules, 'hour-before')).toBe('booking-reminder-hour-before');
  });

  it('gives a removed rule the text of the default rule of its id, else the coming hour', () => {
    expect(reminderTemplateOf(rules, 'day-before')).toBe('booking-reminder-day-before');
    expect(reminderTemplateOf(rules, 'gone')).toBe('booking-reminder-hour-before');
  });
});
