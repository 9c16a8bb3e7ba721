import {
  type CareStore,
  type ConfigStore,
  type DomainEvent,
  dayKindOf,
  hallDay,
  type NationalScheduleStore,
  type QueueStore,
  type RotaStore,
  serviceRecordAccruals,
  sessionsOf,
  staffingRulesOf,
  type TimeOffEntry,
  type Visit,
  visitAccruals,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { hallOf } from './rota-day-view.js';

export interface TimeOffAccrualDeps {
  configStore: ConfigStore;
  nationalScheduleStore: NationalScheduleStore;
  rotaStore: RotaStore;
  queueStore: Pick<QueueStore, 'getTicket'>;
  careStore: Pick<CareStore, 'get'>;
}

/**
 * The time-off lines one event earns: a completed service (`service-record.completed`, its ticket
 * read for the flags, times and handlers) or a completed visit (`visit.completed`, the visit read
 * for its kind, day and the minutes it owes each member). Empty for anything else.
 */
export async function accrualsOfEvent(deps: TimeOffAccrualDeps, event: DomainEvent): Promise<TimeOffEntry[]> {
  const { tenantId } = event;
  if (event.type === 'service-record.completed') {
    const stored = await deps.queueStore.getTicket(tenantId, event.subject.id);
    const ticket = stored?.ticket;
    const record = ticket?.record;
    if (!ticket || !record?.flags || !record.completedAt) return [];
    const config = await tenantConfigOf(deps, tenantId);
    const day = hallDay(config, ticket.hallId, ticket.date);
    const handlers = [record.handler1, record.handler2].filter((h): h is string => h !== undefined);
    return serviceRecordAccruals({
      day,
      sessions: sessionsOf(hallOf(config, ticket.hallId), day),
      served: {
        from: (record.acceptedAt ?? record.calledAt ?? record.completedAt).slice(11, 16),
        to: record.completedAt.slice(11, 16),
      },
      flags: record.flags,
      handlers: handlers.length > 0 ? handlers : ticket.handlers.slice(-1),
      recordId: ticket.code,
      rota: await deps.rotaStore.getRotaDay(tenantId, ticket.hallId, ticket.date),
      staff: config.staff,
      rules: staffingRulesOf(config),
    });
  }
  if (event.type === 'visit.completed') {
    const visit = (await deps.careStore.get<Visit>(tenantId, 'visit', event.subject.id))?.record;
    const owed = visit?.completion?.timeOffInLieu ?? [];
    if (!visit?.acceptance || owed.length === 0) return [];
    const config = await tenantConfigOf(deps, tenantId);
    const date = visit.acceptance.scheduledAt.slice(0, 10);
    return visitAccruals({
      day: { date, kind: dayKindOf(config, date, config.halls[0]?.id) },
      kind: visit.kind,
      owed,
      visitId: visit.id,
      staff: config.staff,
      rules: staffingRulesOf(config),
    });
  }
  return [];
}

/**
 * 调休 from the service records and visits, as the events relay takes it: each completed service or
 * visit writes the lines it earns to the time-off ledger. Delivered once per event id by the relay;
 * a line's key (person, date, source, reason) makes a second write of the same lines change nothing.
 */
export function timeOffAccrualConsumer(deps: TimeOffAccrualDeps) {
  return {
    name: 'time-off-accruals',
    handles: (event: DomainEvent) =>
      event.type === 'service-record.completed' || event.type === 'visit.completed',
    async handle(event: DomainEvent): Promise<void> {
      const entries = await accrualsOfEvent(deps, event);
      if (entries.length > 0) await deps.rotaStore.addTimeOff(event.tenantId, entries);
    },
  };
}
