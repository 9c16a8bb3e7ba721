import { randomUUID } from 'node:crypto';
import {
  type CareKind,
  CareNotFoundError,
  type CareStore,
  type CareWrite,
  type DomainEvent,
  EVENT_CATALOGUE,
  generateBookingCode,
  isCatalogued,
  type StoredCareRecord,
  toShanghaiIso,
  VersionConflictError,
} from '@openhall/domain';
import { actorId, type CareActor, type CareDeps } from './care-deps.js';

/** Tries of a change that meets a concurrent one: each reads the record again and re-applies the step. */
const ATTEMPTS = 3;

/** `now` as the records keep it (ISO 8601 +08:00, to the second). */
export function isoNow(deps: Pick<CareDeps, 'now'>): { now: Date; iso: string } {
  const now = deps.now();
  return { now, iso: toShanghaiIso(now) };
}

/** A new citizen-facing code (the booking code's alphabet and check symbol). */
export function newCode(deps: Pick<CareDeps, 'randomBytes'>): string {
  const bytes = deps.randomBytes ?? ((n: number) => crypto.getRandomValues(new Uint8Array(n)));
  return generateBookingCode(bytes);
}

/** An outbox event in the shared envelope: ids and facts only. */
export function careEvent(
  tenantId: string,
  type: string,
  actor: CareActor,
  subject: { kind: CareKind; id: string },
  data: Record<string, unknown>,
  occurredAt: string,
): DomainEvent {
  return {
    eventId: randomUUID(),
    type,
    // The catalogue's version of the type (its data schema); 1 for a type it does not hold yet.
    version: isCatalogued(type) ? EVENT_CATALOGUE[type].version : 1,
    tenantId,
    occurredAt,
    actor: actorId(actor),
    subject,
    data,
  };
}

export async function loadOrThrow<T>(
  store: CareStore,
  tenantId: string,
  kind: CareKind,
  id: string,
): Promise<StoredCareRecord<T>> {
  // Ids are codes and slugs: anything else (a `#`, a slash, a very long string) names nothing.
  const stored = /^[A-Za-z0-9-]{1,128}$/.test(id) ? await store.get<T>(tenantId, kind, id) : undefined;
  if (!stored) throw new CareNotFoundError(`${kind} "${id}"`, `${kind.replace('-', '_')}_not_found`);
  return stored;
}

/**
 * Reads a record, works out the change (`step` returns the writes and events, or throws a domain
 * error), and commits it under the version read. A concurrent change makes it read again and decide
 * anew, so a second close of a closed follow-up is refused by the rule, not written twice.
 */
export async function changeRecord<T, R>(
  store: CareStore,
  tenantId: string,
  kind: CareKind,
  id: string,
  step: (stored: StoredCareRecord<T>) => { writes: CareWrite[]; events: DomainEvent[]; result: R },
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const stored = await loadOrThrow<T>(store, tenantId, kind, id);
    const { writes, events, result } = step(stored);
    try {
      await store.commit(tenantId, writes, events);
      return result;
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
