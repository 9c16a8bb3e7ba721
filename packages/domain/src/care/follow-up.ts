import { z } from 'zod';
import { TextLineSchema, TextLinesSchema } from '../shared/primitives.js';
import { CareTransitionError } from './care-errors.js';
import type { Rating } from './rating.js';
import { TrailEntrySchema, withEntry } from './trail.js';

const IsoSchema = z.string().meta({ example: '2026-02-13T10:00:00+08:00' });

export const FollowUpStatusSchema = z
  .enum(['open', 'called-back', 'fixed', 'closed'])
  .meta({ id: 'FollowUpStatus' });
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

const StepSchema = z.object({ at: IsoSchema, by: z.string(), note: z.string() });

/**
 * The follow-up of one 差评, owned by the department that handled the service (谁办理、谁负责):
 * call back (回访), fix (整改), close with the result told to the applicant.
 */
export const FollowUpSchema = z
  .object({
    /** The rating's id (one follow-up per bad rating). */
    id: z.string(),
    ratingId: z.string(),
    departmentId: z.string(),
    status: FollowUpStatusSchema,
    openedAt: IsoSchema,
    callbackDueAt: IsoSchema,
    fixDueAt: IsoSchema,
    callback: StepSchema.optional(),
    fix: StepSchema.optional(),
    closure: z.object({ at: IsoSchema, by: z.string(), result: z.string(), toldVia: z.string() }).optional(),
    trail: z.array(TrailEntrySchema),
  })
  .meta({ id: 'FollowUp' });
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const FollowUpNoteInputSchema = z
  .object({ note: TextLinesSchema(2000) })
  .meta({ id: 'FollowUpNoteInput' });
export const FollowUpCloseInputSchema = z
  .object({
    /** The result as told to the applicant. */
    result: TextLinesSchema(2000),
    /** How it reached them (phone, SMS, letter, in person). */
    toldVia: TextLineSchema(40),
  })
  .meta({ id: 'FollowUpCloseInput' });
export type FollowUpCloseInput = z.infer<typeof FollowUpCloseInputSchema>;

export function openFollowUp(
  rating: Rating,
  facts: { now: string; callbackDueAt: string; fixDueAt: string },
): FollowUp {
  return {
    id: rating.id,
    ratingId: rating.id,
    departmentId: rating.departmentId,
    status: 'open',
    openedAt: facts.now,
    callbackDueAt: facts.callbackDueAt,
    fixDueAt: facts.fixDueAt,
    trail: [{ at: facts.now, by: 'system', action: 'opened', note: rating.level }],
  };
}

/** The deadline the follow-up is working to now, or undefined once closed. */
export function followUpDueAt(f: FollowUp): string | undefined {
  if (f.status === 'open') return f.callbackDueAt;
  if (f.status === 'closed') return undefined;
  return f.fixDueAt;
}

function must(f: FollowUp, allowed: FollowUpStatus[], action: string): void {
  if (!allowed.includes(f.status)) throw new CareTransitionError('follow-up', f.id, f.status, action);
}

/** 回访: the applicant was called back; the note says what they said. */
export function recordCallback(f: FollowUp, note: string, facts: { now: string; by: string }): FollowUp {
  must(f, ['open'], 'call back');
  return {
    ...f,
    status: 'called-back',
    callback: { at: facts.now, by: facts.by, note },
    trail: withEntry(f.trail, { at: facts.now, by: facts.by, action: 'called-back', note }),
  };
}

/** 整改: what was fixed. */
export function recordFix(f: FollowUp, note: string, facts: { now: string; by: string }): FollowUp {
  must(f, ['called-back'], 'record the fix');
  return {
    ...f,
    status: 'fixed',
    fix: { at: facts.now, by: facts.by, note },
    trail: withEntry(f.trail, { at: facts.now, by: facts.by, action: 'fixed', note }),
  };
}

/** Closes the follow-up with the result told to the applicant. */
export function closeFollowUp(
  f: FollowUp,
  input: FollowUpCloseInput,
  facts: { now: string; by: string },
): FollowUp {
  must(f, ['fixed'], 'close');
  return {
    ...f,
    status: 'closed',
    closure: { at: facts.now, by: facts.by, ...input },
    trail: withEntry(f.trail, { at: facts.now, by: facts.by, action: 'closed', note: input.result }),
  };
}

/** An upheld appeal voids the rating: its follow-up closes, saying why. */
export function closeOnVoidedRating(
  f: FollowUp,
  facts: { now: string; by: string; reason: string },
): FollowUp {
  if (f.status === 'closed') return f;
  return {
    ...f,
    status: 'closed',
    closure: {
      at: facts.now,
      by: facts.by,
      result: `rating voided on appeal: ${facts.reason}`,
      toldVia: 'none',
    },
    trail: withEntry(f.trail, {
      at: facts.now,
      by: facts.by,
      action: 'closed',
      note: 'rating voided on appeal',
    }),
  };
}
