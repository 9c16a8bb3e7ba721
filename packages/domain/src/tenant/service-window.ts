import { z } from 'zod';
import { LocalizedTextSchema, SlugSchema, TextLineSchema } from '../shared/primitives.js';

/** 窗口: a service counter such as "二楼 B02". Which matters it serves is said on each matter. */
export const ServiceWindowSchema = z
  .object({
    id: SlugSchema,
    /** As signed in the hall, e.g. "二楼 B02". */
    code: TextLineSchema(40),
    name: LocalizedTextSchema,
    hallId: SlugSchema,
    departmentId: SlugSchema,
    floor: z.number().int().min(-5).max(100).optional(),
    /** People serving at this window at once. */
    staffCount: z.number().int().min(1).max(20),
    kind: z
      .enum([
        'department',
        'comprehensive',
        'consultation',
        'cashier',
        'certificate',
        'cannot-get-done',
        'complaint',
      ])
      .default('department'),
    /**
     * Deleted while active bookings still held places at it: no new booking is placed here, but
     * existing bookings keep it. Deleted for good once none holds a place.
     */
    retired: z.boolean().default(false),
  })
  .meta({ id: 'ServiceWindow' });
export type ServiceWindow = z.infer<typeof ServiceWindowSchema>;
