import { z } from 'zod';
import { ApplicantSchema } from '../booking/applicant.js';
import { TextLineSchema, TextLinesSchema } from '../shared/primitives.js';
import { AlreadyRatedError, CareRuleError, CareTransitionError } from './care-errors.js';
import { isBadRating, type RatingLevel, RatingLevelSchema } from './rating-level.js';
import { TrailEntrySchema, withEntry } from './trail.js';

const IsoSchema = z.string().meta({ example: '2026-02-13T10:00:00+08:00' });

/**
 * A completed service that can be rated, as the ratable-service port finds it: who handled it
 * (谁办理、谁负责), and when it was completed.
 */
export const RatableServiceSchema = z
  .object({
    serviceRecordId: z.string().min(1).max(128),
    departmentId: z.string(),
    windowId: z.string().optional(),
    completedAt: IsoSchema,
    handlerIds: z.array(z.string()),
  })
  .meta({ id: 'RatableService' });
export type RatableService = z.infer<typeof RatableServiceSchema>;

/** Where a rating was given: the applicant's phone, the rating pad at the window, or by default. */
export const RatingChannelSchema = z.enum(['phone', 'pad', 'default']).meta({ id: 'RatingChannel' });
export type RatingChannel = z.infer<typeof RatingChannelSchema>;

export const RateInputSchema = z
  .object({
    level: RatingLevelSchema,
    comment: TextLinesSchema(500).optional(),
    tags: z.array(TextLineSchema(20)).max(8).default([]),
    channel: z.enum(['phone', 'pad']).default('phone'),
    /** Anonymous unless the applicant gives their name and phone (实名评价). */
    identity: ApplicantSchema.pick({ name: true, phone: true }).optional(),
  })
  .meta({ id: 'RateInput' });
export type RateInput = z.infer<typeof RateInputSchema>;
export type RateInputInput = z.input<typeof RateInputSchema>;

export const AppealSchema = z
  .object({
    status: z.enum(['pending', 'upheld', 'rejected']),
    reason: z.string(),
    requestedBy: z.string(),
    requestedAt: IsoSchema,
    decidedBy: z.string().optional(),
    decidedAt: IsoSchema.optional(),
    decisionReason: z.string().optional(),
  })
  .meta({ id: 'RatingAppeal' });
export type Appeal = z.infer<typeof AppealSchema>;

export const RatingSchema = z
  .object({
    /** The rated service's record id: one rating per service (一次一评). */
    id: z.string(),
    serviceRecordId: z.string(),
    departmentId: z.string(),
    windowId: z.string().optional(),
    handlerIds: z.array(z.string()),
    level: RatingLevelSchema,
    comment: z.string().optional(),
    tags: z.array(z.string()),
    channel: RatingChannelSchema,
    identity: ApplicantSchema.pick({ name: true, phone: true }).optional(),
    ratedAt: IsoSchema,
    /** Not rated in time: the tenant's default level was recorded, for reports to tell apart. */
    defaulted: z.boolean(),
    /** `voided` after an upheld appeal (申诉复核): kept, but no longer counted. */
    status: z.enum(['valid', 'voided']),
    bad: z.boolean(),
    appeal: AppealSchema.optional(),
    trail: z.array(TrailEntrySchema),
  })
  .meta({ id: 'Rating' });
export type Rating = z.infer<typeof RatingSchema>;

/** When a service can no longer be rated and gets the default level. */
export function ratingClosesAt(service: RatableService, windowDays: number): number {
  return Date.parse(service.completedAt) + windowDays * 86_400_000;
}

/** The applicant's rating of a completed service, within the rating window. */
export function rateService(
  service: RatableService,
  input: RateInput,
  facts: { now: Date; nowIso: string; windowDays: number; existing: Rating | undefined },
): Rating {
  if (facts.existing) throw new AlreadyRatedError(service.serviceRecordId);
  if (facts.now.getTime() < Date.parse(service.completedAt))
    throw new CareRuleError('service_not_completed', 'a service is rated after it is completed', {});
  if (facts.now.getTime() >= ratingClosesAt(service, facts.windowDays))
    throw new CareRuleError('rating_window_closed', `a service is rated within ${facts.windowDays} days`, {
      windowDays: facts.windowDays,
    });
  return newRating(service, {
    level: input.level,
    ...(input.comment ? { comment: input.comment } : {}),
    tags: input.tags,
    channel: input.channel,
    ...(input.identity ? { identity: input.identity } : {}),
    at: facts.nowIso,
    defaulted: false,
    by: 'citizen',
  });
}

/** The default rating of a service left unrated past the window (marked `defaulted`). */
export function defaultRating(service: RatableService, level: RatingLevel, nowIso: string): Rating {
  return newRating(service, {
    level,
    tags: [],
    channel: 'default',
    at: nowIso,
    defaulted: true,
    by: 'system',
  });
}

function newRating(
  service: RatableService,
  r: {
    level: RatingLevel;
    comment?: string;
    tags: string[];
    channel: RatingChannel;
    identity?: { name: string; phone: string };
    at: string;
    defaulted: boolean;
    by: string;
  },
): Rating {
  return {
    id: service.serviceRecordId,
    serviceRecordId: service.serviceRecordId,
    departmentId: service.departmentId,
    ...(service.windowId ? { windowId: service.windowId } : {}),
    handlerIds: service.handlerIds,
    level: r.level,
    ...(r.comment ? { comment: r.comment } : {}),
    tags: r.tags,
    channel: r.channel,
    ...(r.identity ? { identity: r.identity } : {}),
    ratedAt: r.at,
    defaulted: r.defaulted,
    status: 'valid',
    bad: isBadRating(r.level),
    trail: [{ at: r.at, by: r.by, action: r.defaulted ? 'defaulted' : 'rated', note: r.level }],
  };
}

/** 申诉复核: the handling department asks the section manager to void a malicious or mistaken rating. */
export function appealRating(rating: Rating, reason: string, facts: { now: string; by: string }): Rating {
  if (rating.status !== 'valid' || rating.appeal?.status === 'pending' || rating.appeal?.status === 'upheld')
    throw new CareTransitionError('rating', rating.id, rating.appeal?.status ?? rating.status, 'appeal');
  return {
    ...rating,
    appeal: { status: 'pending', reason, requestedBy: facts.by, requestedAt: facts.now },
    trail: withEntry(rating.trail, { at: facts.now, by: facts.by, action: 'appealed', note: reason }),
  };
}

/** The section manager's decision on an appeal; upheld voids the rating, the reasons are kept. */
export function decideAppeal(
  rating: Rating,
  decision: { uphold: boolean; reason: string },
  facts: { now: string; by: string },
): Rating {
  if (rating.appeal?.status !== 'pending')
    throw new CareTransitionError(
      'rating',
      rating.id,
      rating.appeal?.status ?? 'not appealed',
      'decide appeal',
    );
  return {
    ...rating,
    status: decision.uphold ? 'voided' : 'valid',
    appeal: {
      ...rating.appeal,
      status: decision.uphold ? 'upheld' : 'rejected',
      decidedBy: facts.by,
      decidedAt: facts.now,
      decisionReason: decision.reason,
    },
    trail: withEntry(rating.trail, {
      at: facts.now,
      by: facts.by,
      action: decision.uphold ? 'appeal-upheld' : 'appeal-rejected',
      note: decision.reason,
    }),
  };
}
