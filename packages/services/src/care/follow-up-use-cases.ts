import {
  CareRoleError,
  closeFollowUp,
  type FollowUp,
  type FollowUpCloseInput,
  recordCallback,
  recordFix,
} from '@openhall/domain';
import { careEvent, changeRecord, isoNow, loadOrThrow } from './care-commit.js';
import { APPROVING_ROLES, actorId, actsFor, type CareActor, type CareDeps } from './care-deps.js';
import { FOLLOW_UP_LISTS, followUpWrite } from './rating-use-cases.js';

/** Whether the step's deadline was kept: the call-back by `callbackDueAt`, the fix by `fixDueAt` (回访率, 整改率). */
function onTimeOf(type: string, f: FollowUp): { onTime?: boolean } {
  const kept = (at: string | undefined, due: string) =>
    at ? { onTime: Date.parse(at) <= Date.parse(due) } : {};
  if (type === 'follow-up.called-back') return kept(f.callback?.at, f.callbackDueAt);
  if (type === 'follow-up.fixed') return kept(f.fix?.at, f.fixDueAt);
  return {};
}

/** The 差评 follow-up: call back, fix, close with the result told (谁办理、谁负责). */
export class FollowUpUseCases {
  constructor(private readonly deps: CareDeps) {}

  async find(tenantId: string, id: string): Promise<FollowUp> {
    return (await loadOrThrow<FollowUp>(this.deps.careStore, tenantId, 'follow-up', id)).record;
  }

  /** Open follow-ups, soonest deadline first. */
  async open(tenantId: string): Promise<FollowUp[]> {
    return (await this.deps.careStore.list<FollowUp>(tenantId, FOLLOW_UP_LISTS.open, { limit: 200 })).map(
      (s) => s.record,
    );
  }

  private step(
    tenantId: string,
    id: string,
    actor: CareActor,
    type: string,
    apply: (f: FollowUp, facts: { now: string; by: string }) => FollowUp,
  ): Promise<FollowUp> {
    const { iso } = isoNow(this.deps);
    return changeRecord<FollowUp, FollowUp>(
      this.deps.careStore,
      tenantId,
      'follow-up',
      id,
      ({ record, version }) => {
        if (!actsFor(actor, record.departmentId))
          throw new CareRoleError(['the handling department', ...APPROVING_ROLES]);
        const next = apply(record, { now: iso, by: actorId(actor) });
        return {
          writes: [followUpWrite(next, version)],
          events: [
            careEvent(
              tenantId,
              type,
              actor,
              { kind: 'follow-up', id },
              { departmentId: next.departmentId, status: next.status, ...onTimeOf(type, next) },
              iso,
            ),
          ],
          result: next,
        };
      },
    );
  }

  callBack(tenantId: string, id: string, note: string, actor: CareActor): Promise<FollowUp> {
    return this.step(tenantId, id, actor, 'follow-up.called-back', (f, facts) =>
      recordCallback(f, note, facts),
    );
  }

  fix(tenantId: string, id: string, note: string, actor: CareActor): Promise<FollowUp> {
    return this.step(tenantId, id, actor, 'follow-up.fixed', (f, facts) => recordFix(f, note, facts));
  }

  close(tenantId: string, id: string, input: FollowUpCloseInput, actor: CareActor): Promise<FollowUp> {
    return this.step(tenantId, id, actor, 'follow-up.closed', (f, facts) => closeFollowUp(f, input, facts));
  }
}
