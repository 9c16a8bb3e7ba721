import { z } from 'zod';
import { RatingLevelSchema } from './rating-level.js';

/** Channels a complaint comes in by (投诉渠道). */
export const ComplaintChannelSchema = z
  .enum([
    /** The tenant's published complaint number. */
    'phone',
    'web',
    /** Filed from a 差评 (bad rating). */
    'bad-rating',
    /** 办不成事 window: "I could not get it done". */
    'cannot-get-done',
    /** 吐槽找茬 window. */
    'fault-finding',
    /** Forwarded from the 12345 government hotline. */
    'hotline-12345',
  ])
  .meta({ id: 'ComplaintChannel' });
export type ComplaintChannel = z.infer<typeof ComplaintChannelSchema>;

const WorkingDays = z.number().int().min(1).max(60);

/**
 * The tenant's settings of the accountability services (好差评, complaints, follow-ups). Every value
 * has a default, so a configuration written before these existed stays valid.
 */
export const CareSettingsSchema = z
  .object({
    /** Days after completion a service may still be rated; then the default level is recorded. */
    ratingWindowDays: z.number().int().min(1).max(90).default(7),
    /** Level recorded for a service not rated in time (marked `defaulted`). */
    defaultRatingLevel: RatingLevelSchema.default('satisfied'),
    /** 差评 follow-up: call the applicant back within this many working days. */
    callbackWorkingDays: WorkingDays.default(1),
    /** 差评 follow-up: fix (整改) within this many working days (provinces use 5, 7 or 15). */
    fixWorkingDays: WorkingDays.default(5),
    /** Working days to answer a complaint, per channel. */
    complaintWorkingDays: z
      .object({
        phone: WorkingDays.default(5),
        web: WorkingDays.default(5),
        'bad-rating': WorkingDays.default(5),
        'cannot-get-done': WorkingDays.default(3),
        'fault-finding': WorkingDays.default(5),
        'hotline-12345': WorkingDays.default(5),
      })
      .prefault({}),
  })
  .meta({ id: 'CareSettings' });
export type CareSettings = z.infer<typeof CareSettingsSchema>;
export type CareSettingsInput = z.input<typeof CareSettingsSchema>;

/** The settings every tenant starts with. */
export const DEFAULT_CARE_SETTINGS: CareSettings = CareSettingsSchema.parse({});
