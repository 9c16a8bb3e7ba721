import {
  type CareKind,
  type CareStore,
  type CareWrite,
  type DomainEvent,
  type StoredCareRecord,
  VersionConflictError,
} from '@openhall/domain';

interface Held {
  record: unknown;
  version: number;
  list?: { name: string; sortKey: string };
}

/** The care store in memory, with the same version checks, for the use cases' tests. */
export class InMemoryCareStore implements CareStore {
  readonly #items = new Map<string, Held>();
  /** Every event committed, in order (the outbox). */
  readonly events: DomainEvent[] = [];

  #key(tenantId: string, kind: CareKind, id: string): string {
    return `${tenantId}|${kind}|${id}`;
  }

  async get<T>(tenantId: string, kind: CareKind, id: string): Promise<StoredCareRecord<T> | undefined> {
    const held = this.#items.get(this.#key(tenantId, kind, id));
    return held ? { record: structuredClone(held.record) as T, version: held.version } : undefined;
  }

  async commit(
    tenantId: string,
    writes: readonly CareWrite[],
    events: readonly DomainEvent[],
  ): Promise<void> {
    for (const w of writes) {
      const held = this.#items.get(this.#key(tenantId, w.kind, w.id));
      if (held?.version !== w.expectedVersion)
        throw new VersionConflictError(w.expectedVersion, held?.version);
    }
    for (const w of writes) {
      this.#items.set(this.#key(tenantId, w.kind, w.id), {
        record: structuredClone(w.record),
        version: (w.expectedVersion ?? 0) + 1,
        ...(w.list ? { list: w.list } : {}),
      });
    }
    this.events.push(...events);
  }

  async list<T>(
    tenantId: string,
    name: string,
    options: { before?: string; limit?: number } = {},
  ): Promise<StoredCareRecord<T>[]> {
    const found = [...this.#items]
      .filter(([key, held]) => key.startsWith(`${tenantId}|`) && held.list?.name === name)
      .filter(([, held]) => options.before === undefined || held.list!.sortKey < options.before)
      .sort(([, a], [, b]) => a.list!.sortKey.localeCompare(b.list!.sortKey))
      .map(([, held]) => ({ record: structuredClone(held.record) as T, version: held.version }));
    return options.limit === undefined ? found : found.slice(0, options.limit);
  }
}
