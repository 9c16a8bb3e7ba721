import { z } from 'zod';
import { ApplicantSchema } from '../booking/applicant.js';
import {
  BookingCodeSchema,
  BookingStatusSchema,
  ShanghaiDateTimeSchema,
} from '../booking/booking-schemas.js';
import { SlugSchema } from '../shared/primitives.js';
import { PhoneProofInputSchema } from './phone-proof-input.js';

export const PhoneVerificationPurposeSchema = z
  .enum(['booking', 'my-bookings'])
  .meta({ id: 'PhoneVerificationPurpose' });

/** Opaque ids and proofs: base64url, so they fit keys and URLs as they are. */
export const VerificationIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a verification id')
  .meta({ id: 'VerificationId', example: 'k3J9s0aQ2mXcV7tB1nR4wE' });

export const StartPhoneVerificationRequestSchema = z
  .object({ phone: ApplicantSchema.shape.phone, purpose: PhoneVerificationPurposeSchema })
  .meta({ id: 'StartPhoneVerificationRequest' });
export type StartPhoneVerificationRequest = z.infer<typeof StartPhoneVerificationRequestSchema>;

const ShanghaiInstantSchema = z.string().meta({ example: '2026-11-28T09:35:12+08:00' });

export const PhoneVerificationStartedSchema = z
  .object({
    verificationId: VerificationIdSchema,
    /** When the code stops being accepted. */
    expiresAt: ShanghaiInstantSchema,
    /** When another code may be asked for. */
    resendAfter: ShanghaiInstantSchema,
  })
  .meta({ id: 'PhoneVerificationStarted' });
export type PhoneVerificationStarted = z.infer<typeof PhoneVerificationStartedSchema>;

export const ConfirmPhoneVerificationRequestSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'code: the 6 digits of the text message')
      .meta({ example: '123456' }),
  })
  .meta({ id: 'ConfirmPhoneVerificationRequest' });

export const PhoneProofSchema = z
  .object({
    proof: PhoneProofInputSchema,
    purpose: PhoneVerificationPurposeSchema,
    /** When the proof stops being accepted. */
    expiresAt: ShanghaiInstantSchema,
  })
  .meta({ id: 'PhoneProofGranted' });
export type PhoneProof = z.infer<typeof PhoneProofSchema>;

export const MyBookingsRequestSchema = z
  .object({ phone: ApplicantSchema.shape.phone, proof: PhoneProofInputSchema })
  .meta({ id: 'MyBookingsRequest' });

export const MyBookingSchema = z
  .object({
    code: BookingCodeSchema,
    matterId: SlugSchema,
    hallId: SlugSchema,
    start: ShanghaiDateTimeSchema,
    end: ShanghaiDateTimeSchema,
    status: BookingStatusSchema,
  })
  .meta({ id: 'MyBooking' });
export type MyBooking = z.infer<typeof MyBookingSchema>;

export const MyBookingsSchema = z.object({ bookings: z.array(MyBookingSchema) }).meta({ id: 'MyBookings' });
export type MyBookings = z.infer<typeof MyBookingsSchema>;
