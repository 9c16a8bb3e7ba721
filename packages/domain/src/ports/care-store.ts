import type { DomainEvent } from '../events/domain-event.js';

/** The records of the accountability services, each stored as one item. */
export type CareKind = 'visit' | 'rating' | 'follow-up' | 'complaint' | 'case' | 'mailing';

/**
 * A short list a record is on while it matters to someone, sorted by `sortKey` (a deadline or a
 * completion time), e.g. the open complaints by due time. A record is on at most one list.
 */
export interface CareListEntry {
  name: string;
  sortKey: string;
}

export interface StoredCareRecord<T> {
  record: T;
  /** Starts at 1; every change adds one. */
  version: number;
}

/** One record written by a commit: created when `expectedVersion` is undefined, else moved on from it. */
export interface CareWrite {
  kind: CareKind;
  id: string;
  record: unknown;
  expectedVersion: number | undefined;
  /** The list the record is on after this write; none takes it off every list. */
  list?: CareListEntry;
}

/**
 * The store of visits, ratings, follow-ups, complaints and cases. Every change is a `commit`: its
 * records and its domain events in one transaction, guarded by each record's version, so two staff
 * moving the same record give one result and the other a `VersionConflictError`.
 */
export interface CareStore {
  get<T>(tenantId: string, kind: CareKind, id: string): Promise<StoredCareRecord<T> | undefined>;
  commit(tenantId: string, writes: readonly CareWrite[], events: readonly DomainEvent[]): Promise<void>;
  /** The records on a list, in `sortKey` order, those sorting before `before` only when given. */
  list<T>(
    tenantId: string,
    name: string,
    options?: { before?: string; limit?: number },
  ): Promise<StoredCareRecord<T>[]>;
}
