import { z } from 'zod';
import type { StaffMember } from '../staff/staff-member.js';
import { type Visit, VisitKindSchema, VisitStatusSchema } from './visit.js';

/**
 * What the requester sees of their visit: the answer, when and where, the one-time notice and who
 * comes (each member shown by name). Never the requester's own phone or reason text.
 */
export const VisitPublicViewSchema = z
  .object({
    code: z.string(),
    kind: VisitKindSchema,
    status: VisitStatusSchema,
    requestedAt: z.string(),
    answerDueAt: z.string(),
    scheduledAt: z.string().optional(),
    place: z.string().optional(),
    notice: z.string().optional(),
    staffNames: z.array(z.string()).optional(),
    refusalReason: z.string().optional(),
    completedAt: z.string().optional(),
    /** Completed visits can be rated with this code. */
    ratable: z.boolean(),
  })
  .meta({ id: 'VisitPublicView' });
export type VisitPublicView = z.infer<typeof VisitPublicViewSchema>;

export function visitPublicView(visit: Visit, staff: readonly StaffMember[]): VisitPublicView {
  const a = visit.acceptance;
  return {
    code: visit.code,
    kind: visit.kind,
    status: visit.status,
    requestedAt: visit.requestedAt,
    answerDueAt: visit.answerDueAt,
    ...(a
      ? {
          scheduledAt: a.scheduledAt,
          place: a.place,
          notice: a.notice,
          staffNames: a.staffIds.map((id) => staff.find((s) => s.id === id)?.name ?? id),
        }
      : {}),
    ...(visit.refusal ? { refusalReason: visit.refusal.reason } : {}),
    ...(visit.completion ? { completedAt: visit.completion.at } : {}),
    ratable: visit.status === 'completed',
  };
}
