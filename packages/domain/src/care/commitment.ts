import { z } from 'zod';
import { LocalDateSchema, TextLineSchema, TextLinesSchema } from '../shared/primitives.js';
import { shanghaiDateOf, toShanghaiIso } from '../shared/shanghai-time.js';
import { CareRuleError } from './care-errors.js';

/**
 * 承诺办理 (告知承诺制): the applicant signs that the conditions are met and that any material still
 * missing follows by a promised date; the matter is accepted on that commitment. What staff type in
 * when accepting: no name or phone (the ticket or booking names the person).
 */
export const CommitmentInputSchema = z
  .object({
    /** What the applicant committed to, in the words of the signed form. */
    statement: TextLinesSchema(1000),
    /** Materials not handed in now, each promised by `promisedBy`. */
    missingMaterials: z.array(TextLineSchema(200)).max(50).default([]),
    /** The date the missing materials are promised by (required when any is missing). */
    promisedBy: LocalDateSchema.optional(),
    /** Who signed: the applicant in person, or their authorised agent (委托代理人). */
    signedBy: z.enum(['applicant', 'agent']).default('applicant'),
  })
  .meta({ id: 'CommitmentInput' });
export type CommitmentInput = z.infer<typeof CommitmentInputSchema>;

/** The signed commitment as the service record keeps it: what, which materials by when, signed when, recorded by whom. */
export const CommitmentSchema = z
  .object({
    matterId: z.string(),
    statement: z.string(),
    missingMaterials: z.array(z.string()),
    promisedBy: LocalDateSchema.optional(),
    signedBy: z.enum(['applicant', 'agent']),
    signedAt: z.string().meta({ example: '2026-11-30T09:31:12+08:00' }),
    /** The staff id of the member who accepted on it. */
    recordedBy: z.string().min(1).max(128),
  })
  .meta({ id: 'Commitment' });
export type Commitment = z.infer<typeof CommitmentSchema>;

/**
 * The commitment signed at acceptance. Only a matter the tenant marks commitment-based may be
 * accepted on one; a missing material needs a promised date, and that date is not in the past.
 */
export function signCommitment(
  matter: { id: string; commitmentBased: boolean } | undefined,
  input: CommitmentInput,
  facts: { now: Date; by: string },
): Commitment {
  if (!matter?.commitmentBased)
    throw new CareRuleError(
      'matter_not_commitment_based',
      'this matter is not accepted on commitment (承诺办理) in this district',
      matter ? { matterId: matter.id } : {},
    );
  if (input.missingMaterials.length > 0 && !input.promisedBy)
    throw new CareRuleError(
      'commitment_promise_date_required',
      'a missing material needs the date it is promised by',
      {},
    );
  const today = shanghaiDateOf(facts.now);
  if (input.promisedBy && input.promisedBy < today)
    throw new CareRuleError('commitment_promise_date_past', 'the promised date is in the past', {
      promisedBy: input.promisedBy,
      today,
    });
  return {
    matterId: matter.id,
    statement: input.statement,
    missingMaterials: input.missingMaterials,
    ...(input.promisedBy ? { promisedBy: input.promisedBy } : {}),
    signedBy: input.signedBy,
    signedAt: toShanghaiIso(facts.now),
    recordedBy: facts.by,
  };
}
