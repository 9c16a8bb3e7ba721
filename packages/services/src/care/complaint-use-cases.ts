import {
  addWorkingDays,
  answerComplaint,
  assignComplaint,
  CareRuleError,
  type CareWrite,
  type Complaint,
  type ComplaintChannel,
  type ComplaintInput,
  closeComplaint,
  receiveComplaint,
  reopenComplaint,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { careEvent, changeRecord, isoNow, loadOrThrow, newCode } from './care-commit.js';
import { actorId, actsFor, type CareActor, type CareDeps } from './care-deps.js';

export const COMPLAINT_LISTS = { open: 'complaints-open', answered: 'complaints-answered' };

function write(c: Complaint, expectedVersion: number | undefined): CareWrite {
  const list =
    c.status === 'closed'
      ? undefined
      : c.status === 'answered'
        ? { name: COMPLAINT_LISTS.answered, sortKey: c.answer!.at }
        : { name: COMPLAINT_LISTS.open, sortKey: c.dueAt };
  return { kind: 'complaint', id: c.id, record: c, expectedVersion, ...(list ? { list } : {}) };
}

/** Complaints from every channel, each with an owner and a deadline in working days. */
export class ComplaintUseCases {
  constructor(private readonly deps: CareDeps) {}

  async open(
    tenantId: string,
    channel: ComplaintChannel,
    input: ComplaintInput,
    actor: CareActor,
  ): Promise<Complaint> {
    const config = await tenantConfigOf(this.deps, tenantId);
    if (input.departmentId && !config.departments.some((d) => d.id === input.departmentId))
      throw new CareRuleError('department_unknown', 'no such department', {
        departmentId: input.departmentId,
      });
    const { now, iso } = isoNow(this.deps);
    const complaint = receiveComplaint(channel, input, {
      id: newCode(this.deps),
      now: iso,
      dueAt: addWorkingDays(config, now, config.care.complaintWorkingDays[channel]),
      by: actorId(actor),
    });
    await this.deps.careStore.commit(
      tenantId,
      [write(complaint, undefined)],
      [
        careEvent(
          tenantId,
          'complaint.opened',
          actor,
          { kind: 'complaint', id: complaint.id },
          {
            channel,
            dueAt: complaint.dueAt,
            ...(complaint.ratingId ? { ratingId: complaint.ratingId } : {}),
            ...(complaint.departmentId ? { departmentId: complaint.departmentId } : {}),
          },
          iso,
        ),
      ],
    );
    return complaint;
  }

  async find(tenantId: string, id: string): Promise<Complaint> {
    return (await loadOrThrow<Complaint>(this.deps.careStore, tenantId, 'complaint', id)).record;
  }

  /** Open complaints (soonest due first) and answered ones waiting to be closed. */
  async list(tenantId: string): Promise<{ open: Complaint[]; answered: Complaint[] }> {
    const [open, answered] = await Promise.all([
      this.deps.careStore.list<Complaint>(tenantId, COMPLAINT_LISTS.open, { limit: 200 }),
      this.deps.careStore.list<Complaint>(tenantId, COMPLAINT_LISTS.answered, { limit: 200 }),
    ]);
    return { open: open.map((s) => s.record), answered: answered.map((s) => s.record) };
  }

  private step(
    tenantId: string,
    id: string,
    actor: CareActor,
    type: string,
    apply: (c: Complaint, facts: { now: string; by: string }) => Complaint,
  ): Promise<Complaint> {
    const { iso } = isoNow(this.deps);
    return changeRecord<Complaint, Complaint>(
      this.deps.careStore,
      tenantId,
      'complaint',
      id,
      ({ record, version }) => {
        const next = apply(record, { now: iso, by: actorId(actor) });
        return {
          writes: [write(next, version)],
          events: [
            careEvent(
              tenantId,
              type,
              actor,
              { kind: 'complaint', id },
              {
                status: next.status,
                channel: next.channel,
                ...(next.departmentId ? { departmentId: next.departmentId } : {}),
                // Closed by its deadline in working days, or late.
                ...(type === 'complaint.closed' && next.closedAt
                  ? { onTime: Date.parse(next.closedAt) <= Date.parse(next.dueAt) }
                  : {}),
                ...(next.ownerStaffId ? { ownerStaffId: next.ownerStaffId } : {}),
              },
              iso,
            ),
          ],
          result: next,
        };
      },
    );
  }

  /** The section assigns an owner (a member of the department it names). */
  async assign(
    tenantId: string,
    id: string,
    input: { departmentId: string; ownerStaffId: string },
    actor: CareActor,
  ): Promise<Complaint> {
    const config = await tenantConfigOf(this.deps, tenantId);
    const owner = config.staff.find((s) => s.id === input.ownerStaffId && !s.retired);
    if (!owner || owner.departmentId !== input.departmentId)
      throw new CareRuleError('owner_not_in_department', 'the owner must be a member of that department', {
        ...input,
      });
    return this.step(tenantId, id, actor, 'complaint.assigned', (c, facts) =>
      assignComplaint(c, input, facts),
    );
  }

  answer(
    tenantId: string,
    id: string,
    input: { text: string; via: 'phone' | 'sms' | 'letter' | 'in-person' | 'web' },
    actor: CareActor,
  ): Promise<Complaint> {
    return this.step(tenantId, id, actor, 'complaint.answered', (c, facts) => {
      if (!actsFor(actor, c.departmentId) && !(actor.kind === 'staff' && actor.staffId === c.ownerStaffId))
        throw new CareRuleError(
          'not_complaint_owner',
          'the owner or the hall’s managers answer a complaint',
          {},
        );
      return answerComplaint(c, input, facts);
    });
  }

  close(tenantId: string, id: string, actor: CareActor): Promise<Complaint> {
    return this.step(tenantId, id, actor, 'complaint.closed', (c, facts) => closeComplaint(c, facts));
  }

  /** Reopened by staff, or by the complainant holding the code; a new deadline for the channel. */
  async reopen(tenantId: string, id: string, reason: string, actor: CareActor): Promise<Complaint> {
    const config = await tenantConfigOf(this.deps, tenantId);
    const { now } = isoNow(this.deps);
    return this.step(tenantId, id, actor, 'complaint.reopened', (c, facts) =>
      reopenComplaint(c, reason, {
        ...facts,
        dueAt: addWorkingDays(config, now, config.care.complaintWorkingDays[c.channel]),
      }),
    );
  }
}
