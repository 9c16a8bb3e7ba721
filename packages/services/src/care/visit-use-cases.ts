import {
  acceptVisit,
  CareRoleError,
  type CareWrite,
  completeVisit,
  endOfWorkingDay,
  hallDay,
  isWorkingDate,
  minutesOf,
  parseShanghaiIso,
  type RequestChannel,
  refuseVisit,
  requestVisit,
  type Visit,
  type VisitAcceptanceInput,
  type VisitCompletionInput,
  type VisitRefusalInput,
  type VisitRequest,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { careEvent, changeRecord, isoNow, loadOrThrow, newCode } from './care-commit.js';
import { APPROVING_ROLES, actorId, approves, type CareActor, type CareDeps } from './care-deps.js';

/** Lists the visits are on: waiting for an answer (by due time), accepted (by time), done (by day). */
export const VISIT_LISTS = {
  requested: 'visits-requested',
  accepted: 'visits-accepted',
  doneOn: (date: string) => `visits-done-${date}`,
};

function listOf(visit: Visit): CareWrite['list'] {
  if (visit.status === 'requested') return { name: VISIT_LISTS.requested, sortKey: visit.answerDueAt };
  if (visit.status === 'accepted')
    return { name: VISIT_LISTS.accepted, sortKey: visit.acceptance!.scheduledAt };
  if (visit.status === 'completed') {
    const at = visit.completion!.at;
    return { name: VISIT_LISTS.doneOn(at.slice(0, 10)), sortKey: at };
  }
  return undefined;
}

function write(visit: Visit, expectedVersion: number | undefined): CareWrite {
  const list = listOf(visit);
  return { kind: 'visit', id: visit.id, record: visit, expectedVersion, ...(list ? { list } : {}) };
}

/** 上门服务 / 错时服务 requests and their answers. */
export class VisitUseCases {
  constructor(private readonly deps: CareDeps) {}

  /** A request from the web page (citizen) or the desk and phone (staff); due the same working day. */
  async request(
    tenantId: string,
    input: VisitRequest,
    channel: RequestChannel,
    actor: CareActor,
  ): Promise<Visit> {
    const config = await tenantConfigOf(this.deps, tenantId);
    const { now, iso } = isoNow(this.deps);
    const departmentId = input.matterId
      ? config.matters.find((m) => m.id === input.matterId)?.departmentId
      : undefined;
    const visit = requestVisit(input, {
      id: newCode(this.deps),
      channel,
      departmentId,
      now: iso,
      answerDueAt: endOfWorkingDay(config, now),
      by: actorId(actor),
    });
    await this.deps.careStore.commit(
      tenantId,
      [write(visit, undefined)],
      [
        careEvent(
          tenantId,
          'visit.requested',
          actor,
          { kind: 'visit', id: visit.id },
          {
            kind: visit.kind,
            channel,
            reason: visit.reason,
            answerDueAt: visit.answerDueAt,
          },
          iso,
        ),
      ],
    );
    return visit;
  }

  async find(tenantId: string, id: string): Promise<Visit> {
    return (await loadOrThrow<Visit>(this.deps.careStore, tenantId, 'visit', id)).record;
  }

  async accept(tenantId: string, id: string, input: VisitAcceptanceInput, actor: CareActor): Promise<Visit> {
    const config = await tenantConfigOf(this.deps, tenantId);
    const knownStaff = new Set(config.staff.filter((s) => !s.retired).map((s) => s.id));
    const outOfWorkingTime = isOutOfWorkingTime(config, input.scheduledAt);
    const { iso } = isoNow(this.deps);
    return changeRecord<Visit, Visit>(this.deps.careStore, tenantId, 'visit', id, ({ record, version }) => {
      const next = acceptVisit(record, input, { now: iso, by: actorId(actor), knownStaff, outOfWorkingTime });
      return {
        writes: [write(next, version)],
        events: [
          careEvent(
            tenantId,
            'visit.accepted',
            actor,
            { kind: 'visit', id },
            {
              scheduledAt: input.scheduledAt,
              staffIds: next.acceptance!.staffIds,
              departmentId: next.departmentId,
              outOfWorkingTime,
            },
            iso,
          ),
        ],
        result: next,
      };
    });
  }

  /** Refusal needs the hall's approval: the section manager (or admin) refuses, with a reason told. */
  async refuse(tenantId: string, id: string, input: VisitRefusalInput, actor: CareActor): Promise<Visit> {
    if (!approves(actor)) throw new CareRoleError(APPROVING_ROLES);
    const { iso } = isoNow(this.deps);
    return changeRecord<Visit, Visit>(this.deps.careStore, tenantId, 'visit', id, ({ record, version }) => {
      const next = refuseVisit(record, input, { now: iso, by: actorId(actor), approvedBy: actorId(actor) });
      return {
        writes: [write(next, version)],
        events: [
          careEvent(
            tenantId,
            'visit.refused',
            actor,
            { kind: 'visit', id },
            { approvedBy: actorId(actor) },
            iso,
          ),
        ],
        result: next,
      };
    });
  }

  async complete(
    tenantId: string,
    id: string,
    input: VisitCompletionInput,
    actor: CareActor,
  ): Promise<Visit> {
    const { iso } = isoNow(this.deps);
    return changeRecord<Visit, Visit>(this.deps.careStore, tenantId, 'visit', id, ({ record, version }) => {
      const next = completeVisit(record, input, { now: iso, by: actorId(actor) });
      return {
        writes: [write(next, version)],
        events: [
          careEvent(
            tenantId,
            'visit.completed',
            actor,
            { kind: 'visit', id },
            {
              kind: next.kind,
              departmentId: next.departmentId,
              staffIds: next.acceptance!.staffIds,
              timeOffInLieu: next.completion!.timeOffInLieu,
            },
            iso,
          ),
        ],
        result: next,
      };
    });
  }

  /** Requests waiting for an answer (soonest due first) and accepted visits (soonest first). */
  async open(tenantId: string): Promise<{ requested: Visit[]; accepted: Visit[] }> {
    const [requested, accepted] = await Promise.all([
      this.deps.careStore.list<Visit>(tenantId, VISIT_LISTS.requested, { limit: 200 }),
      this.deps.careStore.list<Visit>(tenantId, VISIT_LISTS.accepted, { limit: 200 }),
    ]);
    return { requested: requested.map((s) => s.record), accepted: accepted.map((s) => s.record) };
  }
}

/**
 * Out of working time (非工作时间): a rest day or holiday, or a working day outside the hall's
 * hours, as the calendar engine gives them.
 */
export function isOutOfWorkingTime(
  config: Parameters<typeof isWorkingDate>[0],
  scheduledAt: string,
): boolean {
  const { date, time } = parseShanghaiIso(scheduledAt);
  if (!isWorkingDate(config, date)) return true;
  const hallId = config.halls[0]?.id;
  if (hallId === undefined) return false;
  const t = minutesOf(time);
  return !hallDay(config, hallId, date).intervals.some((i) => minutesOf(i.from) <= t && t < minutesOf(i.to));
}
