import { COUNTED_EVENT_TYPES, type DomainEvent, eventCounts, type ReportStore } from '@openhall/domain';

const COUNTED = new Set<string>(COUNTED_EVENT_TYPES);

/**
 * Adds one event to the report counters. Idempotent by event id on its own (the store writes a
 * marker in the same transaction as the counters), so a relay that delivers twice counts once.
 * An event that counts nothing (an unknown type, a field missing) is passed over, never failed.
 */
export async function countEvent(
  deps: { reportStore: ReportStore },
  event: DomainEvent,
): Promise<'counted' | 'duplicate' | 'ignored'> {
  const counted = eventCounts(event);
  if (counted === undefined) return 'ignored';
  return deps.reportStore.count(event, counted);
}

/** The reports' consumer of domain events, as the events relay takes it. */
export function reportCountersConsumer(deps: { reportStore: ReportStore }) {
  return {
    name: 'report-counters',
    handles: (event: DomainEvent) => COUNTED.has(event.type),
    async handle(event: DomainEvent): Promise<void> {
      await countEvent(deps, event);
    },
  };
}
