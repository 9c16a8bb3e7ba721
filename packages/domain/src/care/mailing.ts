import { z } from 'zod';
import { ApplicantSchema } from '../booking/applicant.js';
import { TextLineSchema } from '../shared/primitives.js';
import { CareRuleError, CareTransitionError } from './care-errors.js';
import { TrailEntrySchema, withEntry } from './trail.js';

/** 寄送: the result mailed (one-way), or the materials mailed in and the result out (two-way). */
export const MailingDirectionSchema = z.enum(['one-way', 'two-way']).meta({ id: 'MailingDirection' });

/** requested → (two-way: materials-received) → result-sent → delivered. */
export const MailingStatusSchema = z
  .enum(['requested', 'materials-received', 'result-sent', 'delivered'])
  .meta({ id: 'MailingStatus' });
export type MailingStatus = z.infer<typeof MailingStatusSchema>;

export const MailingInputSchema = z
  .object({
    /** The booking code or ticket the mailing belongs to (one mailing each). */
    ref: z
      .string()
      .regex(/^[A-Za-z0-9-]{2,64}$/, 'a booking code or ticket reference')
      // As a booking code is compared: upper case, without the dashes it is shown with.
      .overwrite((s) => s.toUpperCase().replace(/-/g, '')),
    direction: MailingDirectionSchema,
    recipient: ApplicantSchema.pick({ name: true, phone: true }),
    address: TextLineSchema(200),
  })
  .meta({ id: 'MailingInput' });
export type MailingInput = z.infer<typeof MailingInputSchema>;

export const MailingStepInputSchema = z
  .object({
    status: MailingStatusSchema.exclude(['requested']),
    carrier: TextLineSchema(40).optional(),
    trackingNo: z
      .string()
      .regex(/^[A-Za-z0-9-]{4,40}$/, 'a tracking number')
      .optional(),
  })
  .meta({ id: 'MailingStepInput' });
export type MailingStepInput = z.infer<typeof MailingStepInputSchema>;

export const MailingSchema = z
  .object({
    id: z.string(),
    ref: z.string(),
    direction: MailingDirectionSchema,
    status: MailingStatusSchema,
    recipient: ApplicantSchema.pick({ name: true, phone: true }),
    address: z.string(),
    carrier: z.string().optional(),
    trackingNo: z.string().optional(),
    trail: z.array(TrailEntrySchema),
  })
  .meta({ id: 'Mailing' });
export type Mailing = z.infer<typeof MailingSchema>;

/** What the applicant sees on their booking or ticket page: never the address. */
export const MailingPublicViewSchema = MailingSchema.pick({
  ref: true,
  direction: true,
  status: true,
  carrier: true,
  trackingNo: true,
}).meta({ id: 'MailingPublicView' });
export type MailingPublicView = z.infer<typeof MailingPublicViewSchema>;

export function mailingPublicView(m: Mailing): MailingPublicView {
  return {
    ref: m.ref,
    direction: m.direction,
    status: m.status,
    ...(m.carrier ? { carrier: m.carrier } : {}),
    ...(m.trackingNo ? { trackingNo: m.trackingNo } : {}),
  };
}

export function requestMailing(input: MailingInput, facts: { now: string; by: string }): Mailing {
  return {
    id: input.ref,
    ...input,
    status: 'requested',
    trail: [{ at: facts.now, by: facts.by, action: 'requested', note: input.direction }],
  };
}

const NEXT: Record<MailingStatus, MailingStatus[]> = {
  requested: ['materials-received', 'result-sent'],
  'materials-received': ['result-sent'],
  'result-sent': ['delivered'],
  delivered: [],
};

/** The next step; a result is sent with its carrier and tracking number, materials come first two-way. */
export function advanceMailing(
  m: Mailing,
  input: MailingStepInput,
  facts: { now: string; by: string },
): Mailing {
  const allowed = NEXT[m.status].filter(
    (s) => !(m.direction === 'two-way' && m.status === 'requested' && s === 'result-sent'),
  );
  if (!allowed.includes(input.status)) throw new CareTransitionError('mailing', m.id, m.status, input.status);
  if (input.status === 'result-sent' && (!input.carrier || !input.trackingNo))
    throw new CareRuleError('tracking_required', 'a result is sent with its carrier and tracking number', {});
  return {
    ...m,
    status: input.status,
    ...(input.carrier ? { carrier: input.carrier } : {}),
    ...(input.trackingNo ? { trackingNo: input.trackingNo } : {}),
    trail: withEntry(m.trail, {
      at: facts.now,
      by: facts.by,
      action: input.status,
      ...(input.trackingNo ? { note: `${input.carrier} ${input.trackingNo}` } : {}),
    }),
  };
}
