import { z } from 'zod';
import { LocalizedTextSchema, SlugSchema } from '../shared/primitives.js';

/** 取号 category of a hall: one kiosk button, its ticket prefix, and the windows that call it. */
export const ServiceCategorySchema = z
  .object({
    id: SlugSchema,
    /** Letter before the ticket's number (A023). One per category in a hall. */
    prefix: z.string().regex(/^[A-Z]$/, 'one capital letter, e.g. A'),
    name: LocalizedTextSchema,
    /** Windows that call this category's tickets. */
    windowIds: z.array(SlugSchema).min(1).max(100),
    /** Matters it covers (shown under the kiosk button; used for the acceptance limit). */
    matterIds: z.array(SlugSchema).max(500).default([]),
  })
  .meta({ id: 'ServiceCategory' });
export type ServiceCategory = z.infer<typeof ServiceCategorySchema>;

/** How a hall orders and calls its queue (after Berlin's ZMS). */
export const HallQueueRulesSchema = z
  .object({
    /**
     * Priority tickets (elderly, disabled, pregnant) against normal ones: null calls every priority
     * ticket first; `{priority: 2, normal: 1}` calls at most 2 priority tickets in a row while normal
     * ones wait.
     */
    priorityRatio: z
      .object({ priority: z.number().int().min(1).max(20), normal: z.number().int().min(1).max(20) })
      .nullable()
      .default(null),
    /** An appointment becomes callable this many minutes before its time (ZMS: 2). */
    appointmentCallableMinutesBefore: z.number().int().min(0).max(120).default(2),
    /** Calls without an answer before the ticket may be marked missed (ZMS callCountMax: 3). */
    maxCalls: z.number().int().min(1).max(10).default(3),
    /** A ticket called and put back is not called again for this long (ZMS: 5 minutes). */
    recallCooldownMinutes: z.number().int().min(0).max(60).default(5),
    /** Estimated minutes per person when a category has no service finished today yet. */
    defaultServiceMinutes: z.number().int().min(1).max(240).default(10),
  })
  .meta({ id: 'HallQueueRules' });
export type HallQueueRules = z.infer<typeof HallQueueRulesSchema>;

/** The queue configuration of a hall: its kiosk categories and calling rules. */
export const HallQueueSchema = z
  .object({
    categories: z.array(ServiceCategorySchema).min(1).max(26),
    rules: HallQueueRulesSchema.default(HallQueueRulesSchema.parse({})),
  })
  .superRefine((q, ctx) => {
    const seen = new Set<string>();
    q.categories.forEach((c, i) => {
      if (seen.has(c.prefix))
        ctx.addIssue({
          code: 'custom',
          message: `prefix "${c.prefix}" used twice`,
          path: ['categories', i, 'prefix'],
        });
      seen.add(c.prefix);
    });
  })
  .meta({ id: 'HallQueue' });
export type HallQueue = z.infer<typeof HallQueueSchema>;
