import { z } from 'zod';
import { LocalizedTextSchema, SlugSchema, TextLineSchema } from '../shared/primitives.js';
import { longestSlotMinutes } from './slot-limit.js';

/** How a matter is offered on a kind of day. */
export const MatterAvailabilitySchema = z.enum(['open', 'appointment-required', 'not-offered']);
export type MatterAvailability = z.infer<typeof MatterAvailabilitySchema>;

/** 事项: an administrative procedure a citizen or company comes for. */
export const MatterSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    /** e.g. 市场准入, 投资建设, 不动产登记, 税务. */
    category: TextLineSchema(40),
    departmentId: SlugSchema,
    /** Windows that serve it (at least one). */
    windowIds: z.array(SlugSchema).min(1),
    waysServed: z.array(z.enum(['on-site', 'appointment', 'remote'])).min(1),
    /** 即办: done on the spot. */
    instant: z.boolean(),
    mailing: z.array(z.enum(['one-way', 'two-way'])).default([]),
    /** Per kind of day; a make-up working day follows `workday`. */
    availability: z.object({
      workday: MatterAvailabilitySchema,
      restday: MatterAvailabilitySchema,
      holiday: MatterAvailabilitySchema,
    }),
    /** 承诺时限 in working days; null when not published. */
    promisedDays: z.number().int().min(0).max(365).nullable(),
    /** 受理时限: 15 min, 40 at the joint real-estate and tax windows. */
    acceptanceMinutes: z.number().int().min(1).max(240),
    /** 一次告知: every material to bring. */
    materials: z.array(LocalizedTextSchema).max(50),
    /** 承诺办理: commitment-based approval. */
    commitmentBased: z.boolean().default(false),
    /**
     * Length of one appointment slot. A window's capacity is counted in 5-minute buckets, so slots
     * of different lengths at one window add up only if each is a whole number of buckets. At most
     * what one booking's move can write at once (`longestSlotMinutes`: 240).
     */
    slotMinutes: z
      .number()
      .int()
      .min(5)
      .max(longestSlotMinutes(0))
      .multipleOf(5, 'slot length must be a multiple of 5 minutes (5, 10, 15 ... 240)'),
    /** Other words citizens search this matter by (the tenant's own; 社保 and the like are built in). */
    keywords: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    /**
     * Deleted while active bookings still needed it: not offered, listed or searched any more, but
     * kept so those bookings keep their name, windows and notice. Deleted for good once none needs it.
     */
    retired: z.boolean().default(false),
  })
  .meta({ id: 'Matter' });
export type Matter = z.infer<typeof MatterSchema>;
