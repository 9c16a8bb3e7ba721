import { z } from 'zod';
import {
  ApplicantContactSchema,
  BookingHandlingSchema,
  DeskRegistrationSchema,
  StaffChangeSchema,
} from '../desk/handling-schemas.js';
import { LocalDateSchema, SlugSchema, TextLinesSchema } from '../shared/primitives.js';
import { ShanghaiDateTimeSchema } from '../shared/shanghai-date-time-schema.js';
import { BookingBundleSchema } from '../tenant/bundle.js';
import { PhoneProofInputSchema } from '../verification/phone-proof-input.js';
import { ApplicantSchema, MaskedApplicantSchema } from './applicant.js';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, normaliseBookingCode } from './booking-code.js';
import { StrandedReasonSchema } from './stranded-reason.js';

export { ShanghaiDateTimeSchema };

/** 预约码 in canonical form (no dashes), as stored and returned. */
export const BookingCodeSchema = z
  .string()
  .regex(new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`))
  .meta({ id: 'BookingCode', example: 'K7QXM4RTD' });

/** A booking code as typed (any case, dashes, spaces), checked and made canonical. */
export const BookingCodeInputSchema = z
  .string()
  .max(40)
  .overwrite((s) => normaliseBookingCode(s) ?? s)
  .refine((s) => normaliseBookingCode(s) === s, 'not a valid booking code: check each character')
  .meta({ id: 'BookingCodeInput', example: 'K7Q-XM4-RTD' });

export const BookingStatusSchema = z
  .enum(['booked', 'cancelled', 'checked-in', 'completed', 'no-show'])
  .meta({ id: 'BookingStatus' });
export type BookingStatus = z.infer<typeof BookingStatusSchema>;

/** Where the booking was taken: online by the citizen, at the consultation desk, or by phone. */
export const BookingChannelSchema = z.enum(['online', 'desk', 'phone']).meta({ id: 'BookingChannel' });
export type BookingChannel = z.infer<typeof BookingChannelSchema>;

/** One entry of a booking's history (the paper 登记表's recorded/dispatched/outcome lines). */
export const BookingChangeSchema = z
  .object({
    at: ShanghaiDateTimeSchema,
    action: z.enum([
      'created',
      'rescheduled',
      'cancelled',
      'checked-in',
      'completed',
      'no-show',
      'stranded',
      // The desk's flow (Zibo's 预约服务登记表): dispatch, sign-for, contact, notice, reconfirmation.
      'dispatched',
      'signed-for',
      'contacted',
      'notice-sent',
      'reconfirmed',
      'late-contacted',
      'change-requested',
      'change-approved',
      'change-rejected',
    ]),
    /** `citizen`, or the `sub` of the staff member. */
    actor: z.string().min(1).max(128),
    channel: BookingChannelSchema.optional(),
    /** For a reschedule: the slot it moved from. */
    previous: z.object({ start: ShanghaiDateTimeSchema, end: ShanghaiDateTimeSchema }).optional(),
    reason: TextLinesSchema(500, 0).optional(),
  })
  .meta({ id: 'BookingChange' });
export type BookingChange = z.infer<typeof BookingChangeSchema>;

export const CreateBookingRequestSchema = z
  .object({
    matterId: SlugSchema,
    hallId: SlugSchema,
    start: ShanghaiDateTimeSchema,
    applicant: ApplicantSchema,
    /** Required when the tenant's `phoneVerification` is `sms`: the proof for the applicant's phone. */
    phoneProof: PhoneProofInputSchema.optional(),
    /**
     * 一件事一次办: book this bundle as one booking (`matterId` is then the bundle's lead matter,
     * whose window holds the place; every window of the bundle in the hall sees the booking).
     */
    bundleId: SlugSchema.optional(),
  })
  .meta({ id: 'CreateBookingRequest' });
export type CreateBookingRequest = z.infer<typeof CreateBookingRequestSchema>;
export type CreateBookingRequestInput = z.input<typeof CreateBookingRequestSchema>;

/**
 * Set on a booking a confirmed configuration change left without a place the hall still offers:
 * the section manager moves or cancels it with the applicant told.
 */
export const StrandedMarkSchema = z
  .object({
    reason: StrandedReasonSchema,
    at: ShanghaiDateTimeSchema,
    /** The `sub` of the admin who confirmed the change. */
    by: z.string().min(1).max(128),
    /** The configuration version that stranded it. */
    configVersion: z.number().int().min(1),
  })
  .meta({ id: 'StrandedMark' });
export type StrandedMark = z.infer<typeof StrandedMarkSchema>;

const bookingFields = {
  code: BookingCodeSchema,
  tenantId: SlugSchema,
  matterId: SlugSchema,
  /** The matter's 进驻单位 when booked: the reports count bookings by department without the configuration. */
  departmentId: SlugSchema.optional(),
  hallId: SlugSchema,
  /** Windows of the matter in that hall when booked (or last moved), in configuration order. */
  windowIds: z.array(SlugSchema).min(1),
  /**
   * The window whose place the booking holds: capacity is a window's people over time, so each
   * booking takes one place at one window for every 5 minutes of its slot.
   */
  windowId: SlugSchema,
  start: ShanghaiDateTimeSchema,
  end: ShanghaiDateTimeSchema,
  status: BookingStatusSchema,
  channel: BookingChannelSchema,
  createdAt: ShanghaiDateTimeSchema,
  updatedAt: ShanghaiDateTimeSchema,
  history: z.array(BookingChangeSchema),
  stranded: StrandedMarkSchema.optional(),
  /** 预约服务登记表: what the desk recorded for a phone or on-site request. */
  registration: DeskRegistrationSchema.optional(),
  /** The handling of a desk or phone request: dispatch, sign-for, contact, notice, reconfirmation. */
  handling: BookingHandlingSchema.optional(),
  /** Calls to an applicant more than `lateLimitMinutes` late, and whether they gave up. */
  lateContacts: z.array(ApplicantContactSchema).max(20).optional(),
  /** Changes staff asked for, the last possibly still waiting for the section manager. */
  staffChanges: z.array(StaffChangeSchema).max(20).optional(),
  /** 一件事一次办: the bundle booked, and every window of it in the hall that sees the booking. */
  bundle: BookingBundleSchema.optional(),
};

/** A booking with the applicant in full: for the citizen holding the code and phone, and for staff. */
export const BookingSchema = z
  .object({ ...bookingFields, applicant: ApplicantSchema })
  .meta({ id: 'Booking' });
export type Booking = z.infer<typeof BookingSchema>;

/** A booking in a listing: applicant name and phone masked. */
export const BookingSummarySchema = z
  .object({ ...bookingFields, applicant: MaskedApplicantSchema })
  .meta({ id: 'BookingSummary' });
export type BookingSummary = z.infer<typeof BookingSummarySchema>;

export const SlotSchema = z
  .object({
    start: ShanghaiDateTimeSchema,
    end: ShanghaiDateTimeSchema,
    /** Places still free for the asking channel. */
    remaining: z.number().int().min(0),
  })
  .meta({ id: 'Slot' });
export type Slot = z.infer<typeof SlotSchema>;

export const AvailabilitySchema = z
  .object({ date: LocalDateSchema, matterId: SlugSchema, hallId: SlugSchema, slots: z.array(SlotSchema) })
  .meta({ id: 'Availability' });
export type Availability = z.infer<typeof AvailabilitySchema>;

/** The phone proves the caller holds the booking (the code is in the path). */
export const RescheduleRequestSchema = z
  .object({ phone: ApplicantSchema.shape.phone, start: ShanghaiDateTimeSchema })
  .meta({ id: 'RescheduleRequest' });
export type RescheduleRequest = z.infer<typeof RescheduleRequestSchema>;

export const CancelRequestSchema = z
  .object({ phone: ApplicantSchema.shape.phone, reason: TextLinesSchema(500).optional() })
  .meta({ id: 'CancelRequest' });
export type CancelRequest = z.infer<typeof CancelRequestSchema>;
