import {
  CareRoleError,
  CareRuleError,
  type CareWrite,
  type CaseFile,
  type CaseFileInput,
  type CaseReassignInput,
  isShanghaiIso,
  noteCaseFile,
  openCaseFile,
  reassignCaseFile,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { careEvent, changeRecord, isoNow, loadOrThrow, newCode } from './care-commit.js';
import { APPROVING_ROLES, actorId, approves, type CareActor, type CareDeps } from './care-deps.js';

export const CASE_LISTS = { open: 'cases-open' };

function write(c: CaseFile, expectedVersion: number | undefined): CareWrite {
  return {
    kind: 'case',
    id: c.id,
    record: c,
    expectedVersion,
    ...(c.status === 'open' ? { list: { name: CASE_LISTS.open, sortKey: c.dueAt } } : {}),
  };
}

/** 特事特办 cases and 帮办代办 help: an owner, a due time, progress notes or steps. */
export class CaseUseCases {
  constructor(private readonly deps: CareDeps) {}

  async open(tenantId: string, input: CaseFileInput, actor: CareActor): Promise<CaseFile> {
    const config = await tenantConfigOf(this.deps, tenantId);
    if (!isShanghaiIso(input.dueAt))
      throw new CareRuleError('due_at_invalid', 'dueAt is an ISO 8601 time in +08:00 on a whole minute', {});
    const owner = config.staff.find((s) => s.id === input.ownerStaffId && !s.retired);
    if (!owner)
      throw new CareRuleError('staff_not_in_directory', 'the owner must be in the staff directory', {});
    const { iso } = isoNow(this.deps);
    const file = openCaseFile(input, { id: newCode(this.deps), now: iso, by: actorId(actor) });
    await this.deps.careStore.commit(
      tenantId,
      [write(file, undefined)],
      [
        careEvent(
          tenantId,
          'case.opened',
          actor,
          { kind: 'case', id: file.id },
          {
            kind: file.kind,
            departmentId: file.departmentId,
            ownerStaffId: file.ownerStaffId,
            dueAt: file.dueAt,
            ...(file.subject
              ? {
                  subject: file.subject.kind,
                  ...(file.subject.kind === 'project' ? { keyProject: file.subject.keyProject } : {}),
                }
              : {}),
          },
          iso,
        ),
      ],
    );
    return file;
  }

  async find(tenantId: string, id: string): Promise<CaseFile> {
    return (await loadOrThrow<CaseFile>(this.deps.careStore, tenantId, 'case', id)).record;
  }

  async list(tenantId: string): Promise<CaseFile[]> {
    return (await this.deps.careStore.list<CaseFile>(tenantId, CASE_LISTS.open, { limit: 200 })).map(
      (s) => s.record,
    );
  }

  async note(
    tenantId: string,
    id: string,
    input: { note: string; done: boolean },
    actor: CareActor,
  ): Promise<CaseFile> {
    const { iso } = isoNow(this.deps);
    return changeRecord<CaseFile, CaseFile>(
      this.deps.careStore,
      tenantId,
      'case',
      id,
      ({ record, version }) => {
        const next = noteCaseFile(record, input, { now: iso, by: actorId(actor) });
        return {
          writes: [write(next, version)],
          events: [
            careEvent(
              tenantId,
              next.status === 'done' ? 'case.done' : 'case.progressed',
              actor,
              { kind: 'case', id },
              {
                status: next.status,
                kind: next.kind,
                departmentId: next.departmentId,
                // 特事特办 tracked to completion: done by its due time or overdue.
                ...(next.doneAt ? { onTime: Date.parse(next.doneAt) <= Date.parse(next.dueAt) } : {}),
              },
              iso,
            ),
          ],
          result: next,
        };
      },
    );
  }

  /**
   * 换人: the owner or a section manager gives the case to another member of the directory; the
   * owner's department follows the member.
   */
  async reassign(
    tenantId: string,
    id: string,
    input: CaseReassignInput,
    actor: CareActor,
  ): Promise<CaseFile> {
    const config = await tenantConfigOf(this.deps, tenantId);
    const member = config.staff.find((s) => s.id === input.ownerStaffId && !s.retired);
    if (!member)
      throw new CareRuleError('staff_not_in_directory', 'the new owner must be in the staff directory', {});
    const { iso } = isoNow(this.deps);
    return changeRecord<CaseFile, CaseFile>(
      this.deps.careStore,
      tenantId,
      'case',
      id,
      ({ record, version }) => {
        const owner = actor.kind === 'staff' && actor.staffId === record.ownerStaffId;
        if (!owner && !approves(actor)) throw new CareRoleError(['the owner', ...APPROVING_ROLES]);
        const next = reassignCaseFile(
          record,
          { ownerStaffId: member.id, departmentId: member.departmentId, note: input.note },
          { now: iso, by: actorId(actor) },
        );
        return {
          writes: [write(next, version)],
          events: [
            careEvent(
              tenantId,
              'case.reassigned',
              actor,
              { kind: 'case', id },
              { from: record.ownerStaffId, to: next.ownerStaffId, departmentId: next.departmentId },
              iso,
            ),
          ],
          result: next,
        };
      },
    );
  }
}
