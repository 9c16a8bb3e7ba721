import { z } from 'zod';
import { ApplicantSchema } from '../booking/applicant.js';
import { SlugSchema, TextLineSchema, TextLinesSchema } from '../shared/primitives.js';
import { isShanghaiIso } from '../shared/shanghai-time.js';
import { CareRuleError, CareTransitionError } from './care-errors.js';
import { TrailEntrySchema, withEntry } from './trail.js';

/** 上门服务 door-to-door, or 预约服务 (错时服务) out of working time. */
export const VisitKindSchema = z.enum(['door-to-door', 'out-of-hours']).meta({ id: 'VisitKind' });
export type VisitKind = z.infer<typeof VisitKindSchema>;

/** Why the service is asked for: who cannot come (上门), or why it cannot wait (错时). */
export const VisitReasonSchema = z
  .enum(['elderly', 'weak', 'sick', 'disabled', 'company-cannot-come', 'urgent', 'key-project'])
  .meta({ id: 'VisitReason' });
export type VisitReason = z.infer<typeof VisitReasonSchema>;

export const DOOR_TO_DOOR_REASONS: readonly VisitReason[] = [
  'elderly',
  'weak',
  'sick',
  'disabled',
  'company-cannot-come',
];
/** 错时服务: an urgent matter with a reason, or a county-level-or-above key project. */
export const OUT_OF_HOURS_REASONS: readonly VisitReason[] = ['urgent', 'key-project'];

export const RequestChannelSchema = z.enum(['phone', 'web', 'desk']).meta({ id: 'RequestChannel' });
export type RequestChannel = z.infer<typeof RequestChannelSchema>;

const IsoSchema = z.string().meta({ example: '2026-02-13T10:00:00+08:00' });

/** What a requester (or the desk for them) says when asking for a visit. */
export const VisitRequestSchema = z
  .object({
    kind: VisitKindSchema,
    applicant: ApplicantSchema.pick({ name: true, phone: true, agent: true }),
    reason: VisitReasonSchema,
    /** The circumstances in the requester's words (kept with the record). */
    reasonText: TextLinesSchema(500),
    matterId: SlugSchema.optional(),
    /** Where to go (上门) or the place asked for (错时). */
    address: TextLineSchema(200),
    /** The time the requester would like, free text (e.g. "周六上午"). */
    preferredTime: TextLineSchema(100).optional(),
  })
  .superRefine((r, ctx) => {
    const allowed = r.kind === 'door-to-door' ? DOOR_TO_DOOR_REASONS : OUT_OF_HOURS_REASONS;
    if (!allowed.includes(r.reason))
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `a ${r.kind} request gives one of: ${allowed.join(', ')}`,
      });
  })
  .meta({ id: 'VisitRequest' });
export type VisitRequest = z.infer<typeof VisitRequestSchema>;
export type VisitRequestInput = z.input<typeof VisitRequestSchema>;

/** Staff's acceptance: when, where, the one-time notice, and at least two staff. */
export const VisitAcceptanceInputSchema = z
  .object({
    scheduledAt: z
      .string()
      .refine(isShanghaiIso, 'expected ISO 8601 in +08:00 on a whole minute, e.g. 2026-02-14T10:00:00+08:00')
      .meta({ example: '2026-02-14T10:00:00+08:00' }),
    place: TextLineSchema(200),
    /** 一次告知: the complete list of materials and the procedure, given once. */
    notice: TextLinesSchema(2000),
    staffIds: z.array(SlugSchema).min(1).max(10),
    departmentId: SlugSchema.optional(),
  })
  .meta({ id: 'VisitAcceptanceInput' });
export type VisitAcceptanceInput = z.infer<typeof VisitAcceptanceInputSchema>;

export const VisitRefusalInputSchema = z
  .object({
    /** The reason told to the requester. */
    reason: TextLinesSchema(500),
    /** How the requester was told (phone, SMS ...). */
    toldVia: TextLineSchema(40),
  })
  .meta({ id: 'VisitRefusalInput' });
export type VisitRefusalInput = z.infer<typeof VisitRefusalInputSchema>;

export const VisitCompletionInputSchema = z
  .object({
    outcome: TextLinesSchema(1000),
    /** Minutes each assigned member served; out of working time it is owed back as time off (补休). */
    servedMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  })
  .meta({ id: 'VisitCompletionInput' });
export type VisitCompletionInput = z.infer<typeof VisitCompletionInputSchema>;

export const VisitStatusSchema = z
  .enum(['requested', 'accepted', 'refused', 'completed'])
  .meta({ id: 'VisitStatus' });
export type VisitStatus = z.infer<typeof VisitStatusSchema>;

export const TimeOffInLieuSchema = z
  .object({ staffId: SlugSchema, minutes: z.number().int().min(1) })
  .meta({ id: 'TimeOffInLieu' });

export const VisitSchema = z
  .object({
    id: z.string(),
    /** The requester's code to follow the visit and rate it afterwards. */
    code: z.string(),
    kind: VisitKindSchema,
    status: VisitStatusSchema,
    channel: RequestChannelSchema,
    applicant: ApplicantSchema.pick({ name: true, phone: true, agent: true }),
    reason: VisitReasonSchema,
    reasonText: z.string(),
    matterId: z.string().optional(),
    departmentId: z.string().optional(),
    address: z.string(),
    preferredTime: z.string().optional(),
    requestedAt: IsoSchema,
    /** 当日答复: the end of the working day of the request. */
    answerDueAt: IsoSchema,
    acceptance: z
      .object({
        at: IsoSchema,
        by: z.string(),
        scheduledAt: IsoSchema,
        place: z.string(),
        notice: z.string(),
        staffIds: z.array(z.string()),
        /** True when the visit falls outside the hall's working hours. */
        outOfWorkingTime: z.boolean(),
      })
      .optional(),
    refusal: z
      .object({
        at: IsoSchema,
        by: z.string(),
        approvedBy: z.string(),
        reason: z.string(),
        toldVia: z.string(),
      })
      .optional(),
    completion: z
      .object({
        at: IsoSchema,
        by: z.string(),
        outcome: z.string(),
        timeOffInLieu: z.array(TimeOffInLieuSchema),
      })
      .optional(),
    trail: z.array(TrailEntrySchema),
  })
  .meta({ id: 'Visit' });
export type Visit = z.infer<typeof VisitSchema>;

function expect(visit: Visit, status: VisitStatus, action: string): void {
  if (visit.status !== status) throw new CareTransitionError('visit', visit.id, visit.status, action);
}

/** A new visit request, due by `answerDueAt`. */
export function requestVisit(
  input: VisitRequest,
  facts: {
    id: string;
    channel: RequestChannel;
    departmentId: string | undefined;
    now: string;
    answerDueAt: string;
    by: string;
  },
): Visit {
  return {
    id: facts.id,
    code: facts.id,
    kind: input.kind,
    status: 'requested',
    channel: facts.channel,
    applicant: input.applicant,
    reason: input.reason,
    reasonText: input.reasonText,
    ...(input.matterId ? { matterId: input.matterId } : {}),
    ...(facts.departmentId ? { departmentId: facts.departmentId } : {}),
    address: input.address,
    ...(input.preferredTime ? { preferredTime: input.preferredTime } : {}),
    requestedAt: facts.now,
    answerDueAt: facts.answerDueAt,
    trail: [{ at: facts.now, by: facts.by, action: 'requested', note: `channel: ${facts.channel}` }],
  };
}

/**
 * Accepts a requested visit. At least two distinct staff go to a home (上门 rule); every one must be
 * in the directory (`knownStaff`). Out-of-hours visits must be out of working time (`outOfWorkingTime`).
 */
export function acceptVisit(
  visit: Visit,
  input: VisitAcceptanceInput,
  facts: { now: string; by: string; knownStaff: ReadonlySet<string>; outOfWorkingTime: boolean },
): Visit {
  expect(visit, 'requested', 'accept');
  const staffIds = [...new Set(input.staffIds)];
  if (visit.kind === 'door-to-door' && staffIds.length < 2)
    throw new CareRuleError('two_staff_required', 'a door-to-door visit needs at least two staff', {
      staffIds,
    });
  const unknown = staffIds.filter((id) => !facts.knownStaff.has(id));
  if (unknown.length > 0)
    throw new CareRuleError(
      'staff_not_in_directory',
      'every assigned member must be in the staff directory',
      {
        unknown,
      },
    );
  if (visit.kind === 'out-of-hours' && !facts.outOfWorkingTime)
    throw new CareRuleError(
      'not_out_of_hours',
      'an out-of-hours appointment is for rest days, holidays or a working day’s off-hours',
      { scheduledAt: input.scheduledAt },
    );
  const departmentId = input.departmentId ?? visit.departmentId;
  if (departmentId === undefined)
    throw new CareRuleError('department_required', 'name the department that handles the visit', {});
  return {
    ...visit,
    status: 'accepted',
    departmentId,
    acceptance: {
      at: facts.now,
      by: facts.by,
      scheduledAt: input.scheduledAt,
      place: input.place,
      notice: input.notice,
      staffIds,
      outOfWorkingTime: facts.outOfWorkingTime,
    },
    trail: withEntry(visit.trail, {
      at: facts.now,
      by: facts.by,
      action: 'accepted',
      note: `staff: ${staffIds.join(', ')}`,
    }),
  };
}

/** Refuses a request; only with the hall's approval (`approvedBy`, a section manager) and a reason. */
export function refuseVisit(
  visit: Visit,
  input: VisitRefusalInput,
  facts: { now: string; by: string; approvedBy: string },
): Visit {
  expect(visit, 'requested', 'refuse');
  return {
    ...visit,
    status: 'refused',
    refusal: { at: facts.now, by: facts.by, approvedBy: facts.approvedBy, ...input },
    trail: withEntry(visit.trail, { at: facts.now, by: facts.by, action: 'refused', note: input.reason }),
  };
}

/** Records the visit as done; out of working time each member earns the minutes back (补休). */
export function completeVisit(
  visit: Visit,
  input: VisitCompletionInput,
  facts: { now: string; by: string },
): Visit {
  expect(visit, 'accepted', 'complete');
  const acceptance = visit.acceptance!;
  const timeOffInLieu = acceptance.outOfWorkingTime
    ? acceptance.staffIds.map((staffId) => ({ staffId, minutes: input.servedMinutes }))
    : [];
  return {
    ...visit,
    status: 'completed',
    completion: { at: facts.now, by: facts.by, outcome: input.outcome, timeOffInLieu },
    trail: withEntry(visit.trail, { at: facts.now, by: facts.by, action: 'completed', note: input.outcome }),
  };
}
