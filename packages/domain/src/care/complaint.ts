import { z } from 'zod';
import { SlugSchema, TextLineSchema, TextLinesSchema } from '../shared/primitives.js';
import { CareRuleError, CareTransitionError } from './care-errors.js';
import { type ComplaintChannel, ComplaintChannelSchema } from './care-settings.js';
import { TrailEntrySchema, withEntry } from './trail.js';

const IsoSchema = z.string().meta({ example: '2026-02-13T10:00:00+08:00' });

export const ComplaintStatusSchema = z
  .enum(['received', 'assigned', 'answered', 'closed', 'reopened'])
  .meta({ id: 'ComplaintStatus' });
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>;

/** How an answer reached the complainant. */
export const AnswerViaSchema = z
  .enum(['phone', 'sms', 'letter', 'in-person', 'web'])
  .meta({ id: 'AnswerVia' });

export const ComplaintInputSchema = z
  .object({
    /** What went wrong, in the complainant's words. */
    text: TextLinesSchema(2000),
    /** Optional: a complaint may be anonymous; a phone lets the hall answer. */
    contactName: TextLineSchema(40).optional(),
    contactPhone: z
      .string()
      .regex(/^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, 'expected a phone such as 13812345678')
      .optional(),
    /** 办不成事: what could not be done (required on that channel). */
    couldNotDo: TextLinesSchema(1000).optional(),
    /** The 12345 hotline's case number, when forwarded. */
    hotlineCaseNo: TextLineSchema(40).optional(),
    /** The rating a bad-rating complaint comes from. */
    ratingId: TextLineSchema(128).optional(),
    departmentId: SlugSchema.optional(),
  })
  .meta({ id: 'ComplaintInput' });
export type ComplaintInput = z.infer<typeof ComplaintInputSchema>;

export const ComplaintSchema = z
  .object({
    id: z.string(),
    /** The complainant's code to follow it. */
    code: z.string(),
    channel: ComplaintChannelSchema,
    status: ComplaintStatusSchema,
    text: z.string(),
    contactName: z.string().optional(),
    contactPhone: z.string().optional(),
    couldNotDo: z.string().optional(),
    hotlineCaseNo: z.string().optional(),
    ratingId: z.string().optional(),
    departmentId: z.string().optional(),
    ownerStaffId: z.string().optional(),
    receivedAt: IsoSchema,
    dueAt: IsoSchema,
    answer: z.object({ at: IsoSchema, by: z.string(), text: z.string(), via: AnswerViaSchema }).optional(),
    /** 办不成事: who resolved what could not be done. */
    resolvedBy: z.string().optional(),
    closedAt: IsoSchema.optional(),
    trail: z.array(TrailEntrySchema),
  })
  .meta({ id: 'Complaint' });
export type Complaint = z.infer<typeof ComplaintSchema>;

export const AssignComplaintInputSchema = z
  .object({ departmentId: SlugSchema, ownerStaffId: SlugSchema })
  .meta({ id: 'AssignComplaintInput' });
export const AnswerComplaintInputSchema = z
  .object({ text: TextLinesSchema(2000), via: AnswerViaSchema })
  .meta({ id: 'AnswerComplaintInput' });
export const ReopenComplaintInputSchema = z
  .object({ reason: TextLinesSchema(1000) })
  .meta({ id: 'ReopenComplaintInput' });

export function receiveComplaint(
  channel: ComplaintChannel,
  input: ComplaintInput,
  facts: { id: string; now: string; dueAt: string; by: string },
): Complaint {
  if (channel === 'cannot-get-done' && !input.couldNotDo)
    throw new CareRuleError('could_not_do_required', 'a 办不成事 case says what could not be done', {});
  if (channel === 'hotline-12345' && !input.hotlineCaseNo)
    throw new CareRuleError('hotline_case_required', 'a forwarded 12345 case carries its case number', {});
  return {
    id: facts.id,
    code: facts.id,
    channel,
    status: 'received',
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    text: input.text,
    receivedAt: facts.now,
    dueAt: facts.dueAt,
    trail: [{ at: facts.now, by: facts.by, action: 'received', note: `channel: ${channel}` }],
  };
}

function must(c: Complaint, allowed: ComplaintStatus[], action: string): void {
  if (!allowed.includes(c.status)) throw new CareTransitionError('complaint', c.id, c.status, action);
}

export function assignComplaint(
  c: Complaint,
  input: { departmentId: string; ownerStaffId: string },
  facts: { now: string; by: string },
): Complaint {
  must(c, ['received', 'assigned', 'reopened'], 'assign');
  return {
    ...c,
    status: c.status === 'reopened' ? 'reopened' : 'assigned',
    ...input,
    trail: withEntry(c.trail, {
      at: facts.now,
      by: facts.by,
      action: 'assigned',
      note: `${input.departmentId} / ${input.ownerStaffId}`,
    }),
  };
}

export function answerComplaint(
  c: Complaint,
  input: { text: string; via: z.infer<typeof AnswerViaSchema> },
  facts: { now: string; by: string },
): Complaint {
  must(c, ['assigned', 'reopened'], 'answer');
  return {
    ...c,
    status: 'answered',
    answer: { at: facts.now, by: facts.by, ...input },
    ...(c.channel === 'cannot-get-done' ? { resolvedBy: facts.by } : {}),
    trail: withEntry(c.trail, { at: facts.now, by: facts.by, action: 'answered', note: input.text }),
  };
}

export function closeComplaint(c: Complaint, facts: { now: string; by: string }): Complaint {
  must(c, ['answered'], 'close');
  return {
    ...c,
    status: 'closed',
    closedAt: facts.now,
    trail: withEntry(c.trail, { at: facts.now, by: facts.by, action: 'closed' }),
  };
}

/** The complainant (or staff) is not satisfied: the case opens again with a new deadline. */
export function reopenComplaint(
  c: Complaint,
  reason: string,
  facts: { now: string; by: string; dueAt: string },
): Complaint {
  must(c, ['answered', 'closed'], 'reopen');
  const { closedAt: _closed, ...rest } = c;
  return {
    ...rest,
    status: 'reopened',
    dueAt: facts.dueAt,
    trail: withEntry(c.trail, { at: facts.now, by: facts.by, action: 'reopened', note: reason }),
  };
}

/** What the complainant sees by the code: the state and the answer, never who else complained. */
export const ComplaintPublicViewSchema = z
  .object({
    code: z.string(),
    channel: ComplaintChannelSchema,
    status: ComplaintStatusSchema,
    receivedAt: IsoSchema,
    dueAt: IsoSchema,
    answer: z.object({ at: IsoSchema, text: z.string(), via: AnswerViaSchema }).optional(),
    closedAt: IsoSchema.optional(),
  })
  .meta({ id: 'ComplaintPublicView' });
export type ComplaintPublicView = z.infer<typeof ComplaintPublicViewSchema>;

export function complaintPublicView(c: Complaint): ComplaintPublicView {
  return {
    code: c.code,
    channel: c.channel,
    status: c.status,
    receivedAt: c.receivedAt,
    dueAt: c.dueAt,
    ...(c.answer ? { answer: { at: c.answer.at, text: c.answer.text, via: c.answer.via } } : {}),
    ...(c.closedAt ? { closedAt: c.closedAt } : {}),
  };
}
