import { z } from 'zod';
import { LocalizedTextSchema } from '../shared/primitives.js';

/**
 * What the 一次告知 one-time notice told the applicant when they booked (or last moved the booking):
 * the materials to bring and where to go. It is kept with the booking, because the notice is a
 * promise: a later edit of the matter's materials or of a window must not change what this
 * applicant was told to bring.
 */
export const BookingNoticeSnapshotSchema = z.object({
  tenant: z.object({ id: z.string(), name: LocalizedTextSchema, servicePhone: z.string() }),
  matter: z.object({
    id: z.string(),
    name: LocalizedTextSchema,
    /** Every material to bring; nothing outside this list may be asked for later. */
    materials: z.array(LocalizedTextSchema),
  }),
  hall: z.object({
    id: z.string(),
    name: LocalizedTextSchema,
    address: LocalizedTextSchema,
    phone: z.string().optional(),
  }),
  windows: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: LocalizedTextSchema,
      floor: z.number().int().optional(),
    }),
  ),
});
export type BookingNoticeSnapshot = z.infer<typeof BookingNoticeSnapshotSchema>;
