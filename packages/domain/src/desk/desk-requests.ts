import { z } from 'zod';
import {
  BookingChannelSchema,
  BookingSchema,
  BookingSummarySchema,
  CreateBookingRequestSchema,
} from '../booking/booking-schemas.js';
import { SlugSchema, TextLineSchema, TextLinesSchema } from '../shared/primitives.js';
import { ShanghaiDateTimeSchema } from '../shared/shanghai-date-time-schema.js';

/**
 * A phone or on-site request as the desk records it (预约服务登记表): the applicant (name, phone,
 * organisation), matter, hall and booked slot, and the time as the applicant asked for it. The
 * booking rules are the online ones for the channel `desk` or `phone`.
 */
export const DeskBookingRequestSchema = CreateBookingRequestSchema.omit({ phoneProof: true })
  .extend({
    channel: z.enum(['desk', 'phone']),
    requestedTime: TextLineSchema(100).optional(),
  })
  .meta({ id: 'DeskBookingRequest' });
export type DeskBookingRequest = z.infer<typeof DeskBookingRequestSchema>;

/** 派单: the lead window (one of the matter's windows) and any cooperating windows. */
export const DispatchRequestSchema = z
  .object({
    leadWindowId: SlugSchema,
    cooperatingWindowIds: z.array(SlugSchema).max(10).default([]),
  })
  .meta({ id: 'DispatchRequest' });
export type DispatchRequest = z.infer<typeof DispatchRequestSchema>;

export const ContactRequestSchema = z
  .object({ reached: z.boolean(), note: TextLinesSchema(500, 0).default('') })
  .meta({ id: 'ContactRequest' });
export type ContactRequest = z.infer<typeof ContactRequestSchema>;

export const LateContactRequestSchema = ContactRequestSchema.extend({
  /** The applicant will not come: the booking closes as a no-show. */
  gaveUp: z.boolean().default(false),
}).meta({ id: 'LateContactRequest' });
export type LateContactRequest = z.infer<typeof LateContactRequestSchema>;

export const StaffChangeRequestSchema = z
  .object({
    kind: z.enum(['reschedule', 'cancel']),
    /** The new start, for a reschedule. */
    start: ShanghaiDateTimeSchema.optional(),
    reason: TextLinesSchema(500),
    forceMajeure: z.boolean().default(false),
  })
  .refine((r) => r.kind === 'cancel' || r.start !== undefined, {
    message: 'a reschedule needs the new start',
    path: ['start'],
  })
  .meta({ id: 'StaffChangeRequest' });
export type StaffChangeRequest = z.infer<typeof StaffChangeRequestSchema>;

export const ChangeDecisionSchema = z.object({ approve: z.boolean() }).meta({ id: 'ChangeDecision' });

/** Bookings for staff who must call the applicant (desk, handler, section manager): phones in full. */
export const StaffBookingListSchema = z
  .object({ bookings: z.array(BookingSchema) })
  .meta({ id: 'StaffBookingList' });

/** The 预约台账 of a department: phones and names masked. */
export const BookingLedgerSchema = z
  .object({
    departmentId: SlugSchema,
    date: z.string(),
    channel: BookingChannelSchema.optional(),
    bookings: z.array(BookingSummarySchema),
    /** Count per status of the day's bookings shown. */
    counts: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'BookingLedger' });
export type BookingLedger = z.infer<typeof BookingLedgerSchema>;
