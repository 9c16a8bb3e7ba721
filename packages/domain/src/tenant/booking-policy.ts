import { z } from 'zod';
import { ReminderRulesSchema } from '../reminders/reminder-rule.js';
import { PublicPhoneSchema, TimeRangeSchema } from '../shared/primitives.js';

/** Rules for appointments (预约) of one tenant. */
export const BookingPolicySchema = z
  .object({
    /** Earliest start of a booking after the moment it is made. */
    leadTimeMinutes: z.number().int().min(0).max(10080),
    /** How many days ahead a slot may be booked (today counts as day 0). */
    horizonDays: z.number().int().min(0).max(180),
    /**
     * 节假日预约 (Zibo): a statutory-holiday slot may be booked only while "now" is a working day
     * before that holiday. `anytime` lifts the restriction.
     */
    holidayBooking: z.enum(['anytime', 'on-prior-working-day']),
    /** When the desk and booking phone answer (Zibo: working days 9:00-12:00, 13:00-17:00). */
    deskPhone: z.object({
      phone: PublicPhoneSchema.optional(),
      workingDaysOnly: z.boolean(),
      sessions: z.array(TimeRangeSchema).max(6),
    }),
    /** An applicant this late is contacted; giving up closes the booking. */
    lateLimitMinutes: z.number().int().min(0).max(240),
    /** A change by staff must reach the applicant this many hours ahead. */
    staffChangeNoticeHours: z.number().int().min(0).max(168),
    /** Longest one booking may take (half a working day). */
    maxBookingMinutes: z.number().int().min(5).max(720),
    /** Citizens may cancel or reschedule until this many minutes before the start. */
    changeCutoffMinutes: z.number().int().min(0).max(10080),
    /** Share of every slot's capacity held back for bookings taken at the desk or by phone. */
    deskPhoneHoldbackPercent: z.number().int().min(0).max(100),
    /** Limits against slot hoarding. */
    perPerson: z.object({
      /** Active bookings one phone may hold for one matter on one day. */
      perMatterPerDay: z.number().int().min(1).max(10),
      /** Active bookings one phone may hold in all. */
      active: z.number().int().min(1).max(50),
    }),
    /**
     * Whether citizens may book online on a provisional day (its year's State Council schedule not
     * yet published, so it may still become a holiday or a make-up working day).
     */
    provisionalDaysBookableOnline: z.boolean().default(false),
    /** Booking attempts one client may make per minute. */
    rateLimitPerMinute: z.number().int().min(1).max(10000),
    /**
     * 短信验证码: `sms` confirms the applicant's phone by a code sent to it before an online booking
     * is taken (and lets "my bookings" list a phone's bookings); `off` books without it.
     */
    phoneVerification: z.enum(['sms', 'off']).default('off'),
    /** 预约提醒: when the applicant is reminded by SMS (default the day before at 18:00 and an hour before). */
    reminders: ReminderRulesSchema,
  })
  .meta({ id: 'BookingPolicy' });
export type BookingPolicy = z.infer<typeof BookingPolicySchema>;
