import { z } from 'zod';
import { minutesOf } from '../shared/primitives.js';
import type { StaffMember } from '../staff/staff-member.js';
import { type RotaDayInput, WINDOW_DUTIES } from './rota-schemas.js';
import type { AbRole } from './staffing-rules.js';

/** 顶岗: someone rostered at a window is away; these B holders (or A, for a B) are free to cover. */
export const CoverProposalSchema = z
  .object({
    windowId: z.string(),
    absentStaffId: z.string(),
    from: z.string(),
    to: z.string(),
    /** Free holders of the window's other role, A first; empty is a vacancy risk (空岗风险). */
    candidates: z.array(z.string()),
  })
  .meta({ id: 'CoverProposal' });
export type CoverProposal = z.infer<typeof CoverProposalSchema>;

function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return minutesOf(a.from) < minutesOf(b.to) && minutesOf(b.from) < minutesOf(a.to);
}

/**
 * For each absence that takes someone from a window stretch they were rostered for, the window's
 * other holders (AB角) who are neither away nor rostered elsewhere then, proposed to cover with the
 * same duties.
 */
export function coverProposals(
  rota: Pick<RotaDayInput, 'assignments' | 'absences'>,
  abRoles: readonly AbRole[],
  staff: readonly StaffMember[],
): CoverProposal[] {
  const active = new Set(staff.filter((s) => !s.retired).map((s) => s.id));
  const out: CoverProposal[] = [];
  for (const absence of rota.absences) {
    for (const a of rota.assignments) {
      if (a.staffId !== absence.staffId || !WINDOW_DUTIES.has(a.duty) || !a.windowId) continue;
      if (!overlaps(a, absence)) continue;
      const from = minutesOf(a.from) > minutesOf(absence.from) ? a.from : absence.from;
      const to = minutesOf(a.to) < minutesOf(absence.to) ? a.to : absence.to;
      const stretch = { from, to };
      const role = abRoles.find((r) => r.windowId === a.windowId);
      const holders = role ? [role.a, ...role.b] : [];
      const candidates = holders.filter(
        (id) =>
          id !== absence.staffId &&
          active.has(id) &&
          !rota.absences.some((x) => x.staffId === id && overlaps(x, stretch)) &&
          !rota.assignments.some((x) => x.staffId === id && overlaps(x, stretch)),
      );
      out.push({ windowId: a.windowId, absentStaffId: absence.staffId, from, to, candidates });
    }
  }
  return out;
}
