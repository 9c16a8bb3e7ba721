import { z } from 'zod';
import { LocalizedTextSchema, SlugSchema, TextLineSchema, TextLinesSchema } from '../shared/primitives.js';
import { ShanghaiDateTimeSchema } from '../shared/shanghai-date-time-schema.js';

/*
 * What Zibo's 预约服务登记表 (booking service form) records beyond the booking itself, kept on the
 * booking item: who recorded the request and when, then its dispatch (派单), the window's
 * signature (签收), the handler's contacts, the one-time notice (一次告知) and the reconfirmed time.
 */

const actor = z.string().min(1).max(128);

/** What the desk recorded for a phone or on-site request (the form's header lines). */
export const DeskRegistrationSchema = z
  .object({
    /** The time as the applicant asked for it, in their words ("元旦上午"), beside the booked slot. */
    requestedTime: TextLineSchema(100).optional(),
    recordedAt: ShanghaiDateTimeSchema,
    /** The staff id of the desk member who recorded it. */
    recordedBy: actor,
  })
  .meta({ id: 'DeskRegistration' });
export type DeskRegistration = z.infer<typeof DeskRegistrationSchema>;

/** One call or message to the applicant: before the appointment, or because they are late. */
export const ApplicantContactSchema = z
  .object({
    at: ShanghaiDateTimeSchema,
    by: actor,
    /** Whether the applicant was reached. */
    reached: z.boolean(),
    note: TextLinesSchema(500, 0),
    /** A late applicant who said they will not come: the booking is closed as a no-show. */
    gaveUp: z.boolean().optional(),
  })
  .meta({ id: 'ApplicantContact' });
export type ApplicantContact = z.infer<typeof ApplicantContactSchema>;

/** The states of a desk or phone request: recorded, dispatched to a window, signed for by it. */
export const HandlingStateSchema = z.enum(['new', 'dispatched', 'signed-for']).meta({ id: 'HandlingState' });
export type HandlingState = z.infer<typeof HandlingStateSchema>;

/** The dispatch and handling of a desk or phone request. */
export const BookingHandlingSchema = z
  .object({
    state: HandlingStateSchema,
    /** The window that owns the request (主办窗口); one of the booking's matter windows. */
    leadWindowId: SlugSchema.optional(),
    /** Windows of other departments working on it in parallel (协办窗口); they all see it. */
    cooperatingWindowIds: z.array(SlugSchema).max(40),
    dispatchedAt: ShanghaiDateTimeSchema.optional(),
    dispatchedBy: actor.optional(),
    signedForAt: ShanghaiDateTimeSchema.optional(),
    signedForBy: actor.optional(),
    /** The handler's calls to the applicant before the appointment. */
    contacts: z.array(ApplicantContactSchema).max(50),
    /** 一次告知: sent once, with the matter's full materials list as the booking's notice holds it. */
    notice: z
      .object({ at: ShanghaiDateTimeSchema, by: actor, materials: z.array(LocalizedTextSchema) })
      .optional(),
    /** The time agreed again with the applicant. */
    reconfirmed: z
      .object({ at: ShanghaiDateTimeSchema, by: actor, start: ShanghaiDateTimeSchema })
      .optional(),
  })
  .meta({ id: 'BookingHandling' });
export type BookingHandling = z.infer<typeof BookingHandlingSchema>;

/**
 * A change or cancellation staff ask for (Zibo: not without cause, approved by the section, told
 * to the applicant at least `staffChangeNoticeHours` ahead unless force majeure).
 */
export const StaffChangeSchema = z
  .object({
    kind: z.enum(['reschedule', 'cancel']),
    /** The applicant's new time, for a reschedule. */
    start: ShanghaiDateTimeSchema.optional(),
    reason: TextLinesSchema(500),
    /** 不可抗力: lifts the notice rule; reported to the section at once. */
    forceMajeure: z.boolean(),
    state: z.enum(['pending', 'approved', 'rejected']),
    requestedAt: ShanghaiDateTimeSchema,
    requestedBy: actor,
    decidedAt: ShanghaiDateTimeSchema.optional(),
    decidedBy: actor.optional(),
    /** For an approved reschedule: the slot it moved from. */
    previous: z.object({ start: ShanghaiDateTimeSchema, end: ShanghaiDateTimeSchema }).optional(),
  })
  .meta({ id: 'StaffChange' });
export type StaffChange = z.infer<typeof StaffChangeSchema>;
