import { z } from 'zod';
import type { ScheduledTask } from '../ports/scheduler.js';
import { SlugSchema } from '../shared/primitives.js';

/** A schedule's input as its target reads it (checked: the input crossed a service boundary). */
export const ScheduledTaskSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('booking-reminder'),
    tenantId: SlugSchema,
    code: z.string().min(1).max(32),
    ruleId: z.string().min(1).max(16),
    start: z.string().min(16).max(40),
  }),
  z.object({
    kind: z.literal('booking-lateness'),
    tenantId: SlugSchema,
    code: z.string().min(1).max(32),
    start: z.string().min(16).max(40),
  }),
]) satisfies z.ZodType<ScheduledTask>;
