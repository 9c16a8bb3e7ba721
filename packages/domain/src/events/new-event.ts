import { toShanghaiIso } from '../shared/shanghai-time.js';
import { type DomainEvent, DomainEventSchema } from './domain-event.js';
import { EVENT_CATALOGUE, type EventData, type EventType } from './event-catalogue.js';

export interface NewEventInput<T extends EventType> {
  type: T;
  eventId: string;
  tenantId: string;
  at: Date;
  actor: string;
  subjectId: string;
  data: EventData<T>;
}

/**
 * A catalogued event in its envelope, checked against its schema: an event whose data does not
 * match its type (or carries a field the schema does not know) is a programming error and throws.
 * @example newEvent({ type: 'day.closed', eventId: 'day.zibo.2026-11-30', tenantId: 'zibo', at, actor: 'system', subjectId: '2026-11-30', data: { date: '2026-11-30' } })
 */
export function newEvent<T extends EventType>(input: NewEventInput<T>): DomainEvent {
  const entry = EVENT_CATALOGUE[input.type];
  const data = entry.data.strict().parse(input.data) as Record<string, unknown>;
  return DomainEventSchema.parse({
    eventId: input.eventId,
    type: input.type,
    version: entry.version,
    tenantId: input.tenantId,
    occurredAt: toShanghaiIso(input.at),
    actor: input.actor,
    subject: { kind: entry.subject, id: input.subjectId },
    data,
  });
}

/** Reads an event's data by its catalogue schema; undefined for an unknown type or version. */
export function eventDataOf<T extends EventType>(event: DomainEvent, type: T): EventData<T> | undefined {
  if (event.type !== type) return undefined;
  const entry = EVENT_CATALOGUE[type];
  if (event.version !== entry.version) return undefined;
  const parsed = entry.data.safeParse(event.data);
  return parsed.success ? (parsed.data as EventData<T>) : undefined;
}
