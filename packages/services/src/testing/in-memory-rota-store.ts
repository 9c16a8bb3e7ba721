import {
  type LocalDate,
  type RotaAuditEntry,
  type RotaDay,
  RotaPlacesChangedError,
  type RotaStore,
  type SaveRotaDayInput,
  TimeOffBalanceChangedError,
  type TimeOffEntry,
  VersionConflictError,
} from '@openhall/domain';
import type { InMemoryLeaveApplicationStore } from './in-memory-leave-application-store.js';
import { InMemoryPlacesGuards } from './in-memory-places-guards.js';

/** `RotaStore` in memory with the DynamoDB store's versioning per hall-day, audit and ledger. */
export class InMemoryRotaStore implements RotaStore {
  private readonly days = new Map<string, RotaDay>();
  private readonly audit = new Map<string, RotaAuditEntry[]>();
  private readonly ledger = new Map<string, Map<string, TimeOffEntry>>();
  private readonly balanceVersions = new Map<string, number>();
  /** Every event saved, in order (tests read them). */
  readonly events: SaveRotaDayInput['events'] = [];

  /** The places guards, shared with the booking store when both are wired together. */
  constructor(readonly guards: InMemoryPlacesGuards = new InMemoryPlacesGuards()) {}

  /** The leave requests an approving save writes with the day (set when both are wired). */
  leaveApplications?: InMemoryLeaveApplicationStore;

  async getRotaDay(tenantId: string, hallId: string, date: LocalDate): Promise<RotaDay | undefined> {
    const day = this.days.get(`${tenantId}|${hallId}|${date}`);
    return day && structuredClone(day);
  }

  async rotaMonth(tenantId: string, hallId: string, month: string): Promise<RotaDay[]> {
    return [...this.days.entries()]
      .filter(([k]) => k.startsWith(`${tenantId}|${hallId}|${month}-`))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, d]) => structuredClone(d));
  }

  async saveRotaDay(input: SaveRotaDayInput): Promise<RotaDay> {
    const { tenantId, rota } = input;
    const key = `${tenantId}|${rota.hallId}|${rota.date}`;
    const current = this.days.get(key);
    if (current?.version !== input.expectedVersion) {
      throw new VersionConflictError(input.expectedVersion, current?.version);
    }
    const guards = input.placesGuards ?? [];
    const moved = guards.filter(
      (g) => !this.guards.unchanged(tenantId, rota.hallId, rota.date, g.windowId, g.seq),
    );
    if (moved.length > 0) throw new RotaPlacesChangedError(moved.map((g) => g.windowId));
    const balances = input.balanceGuards ?? [];
    const spent = balances.filter(
      (g) => (this.balanceVersions.get(`${tenantId}|${g.staffId}`) ?? 0) !== g.version,
    );
    if (spent.length > 0) throw new TimeOffBalanceChangedError(spent.map((g) => g.staffId));
    if (input.leaveApplication) {
      if (!this.leaveApplications) throw new Error('no leave request store wired to the rota store');
      const { next, expectedVersion } = input.leaveApplication;
      this.leaveApplications.put(tenantId, next, expectedVersion, []);
    }
    for (const g of guards) this.guards.stamp(tenantId, rota.hallId, rota.date, g.windowId, rota.version);
    for (const g of balances) this.balanceVersions.set(`${tenantId}|${g.staffId}`, g.version + 1);
    for (const staffId of input.balanceBumps ?? []) {
      const key = `${tenantId}|${staffId}`;
      this.balanceVersions.set(key, (this.balanceVersions.get(key) ?? 0) + 1);
    }
    this.days.set(key, structuredClone(rota));
    this.audit.set(key, [structuredClone(input.audit), ...(this.audit.get(key) ?? [])]);
    for (const e of input.accrualsRemoved) this.ledgerOf(tenantId, e.staffId).delete(entryKey(e));
    for (const e of input.accruals) this.ledgerOf(tenantId, e.staffId).set(entryKey(e), structuredClone(e));
    this.events.push(...structuredClone(input.events));
    return structuredClone(rota);
  }

  async rotaAudit(
    tenantId: string,
    hallId: string,
    date: LocalDate,
    limit: number,
  ): Promise<RotaAuditEntry[]> {
    return (this.audit.get(`${tenantId}|${hallId}|${date}`) ?? [])
      .slice(0, limit)
      .map((e) => structuredClone(e));
  }

  async placesGuards(tenantId: string, hallId: string, date: LocalDate): Promise<Map<string, number>> {
    return this.guards.seqs(tenantId, hallId, date);
  }

  async addTimeOff(tenantId: string, entries: readonly TimeOffEntry[]): Promise<void> {
    for (const e of entries) this.ledgerOf(tenantId, e.staffId).set(entryKey(e), structuredClone(e));
  }

  async timeOffBalanceVersion(tenantId: string, staffId: string): Promise<number> {
    return this.balanceVersions.get(`${tenantId}|${staffId}`) ?? 0;
  }

  async timeOffLedger(tenantId: string, staffId: string): Promise<TimeOffEntry[]> {
    return [...this.ledgerOf(tenantId, staffId).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, e]) => structuredClone(e));
  }

  private ledgerOf(tenantId: string, staffId: string): Map<string, TimeOffEntry> {
    const k = `${tenantId}|${staffId}`;
    const m = this.ledger.get(k) ?? new Map<string, TimeOffEntry>();
    this.ledger.set(k, m);
    return m;
  }
}

/** A ledger line's identity: one per person, date, source and reason (a re-save replaces it). */
export function entryKey(e: Pick<TimeOffEntry, 'date' | 'source' | 'reason'>): string {
  return `${e.date}#${e.source}#${e.reason}`;
}
