import {
  type DomainEvent,
  type LeaveApplication,
  LeaveApplicationChangedError,
  type LeaveApplicationStore,
} from '@openhall/domain';

/** `LeaveApplicationStore` in memory with the DynamoDB store's version check and pending list. */
export class InMemoryLeaveApplicationStore implements LeaveApplicationStore {
  private readonly items = new Map<string, LeaveApplication>();
  /** Every event written, in order (tests read them). */
  readonly events: DomainEvent[] = [];

  private key(tenantId: string, staffId: string, id: string): string {
    return `${tenantId}|${staffId}|${id}`;
  }

  /** Writes `next` if the stored request is at `expectedVersion` (undefined: none yet). */
  put(tenantId: string, next: LeaveApplication, expectedVersion: number | undefined, events: DomainEvent[]) {
    const k = this.key(tenantId, next.staffId, next.id);
    if (this.items.get(k)?.version !== expectedVersion) throw new LeaveApplicationChangedError(next.id);
    this.items.set(k, structuredClone(next));
    this.events.push(...structuredClone(events));
  }

  async create(tenantId: string, application: LeaveApplication, event: DomainEvent): Promise<void> {
    this.put(tenantId, application, undefined, [event]);
  }

  async get(tenantId: string, staffId: string, id: string): Promise<LeaveApplication | undefined> {
    const a = this.items.get(this.key(tenantId, staffId, id));
    return a && structuredClone(a);
  }

  async ofStaff(tenantId: string, staffId: string, limit: number): Promise<LeaveApplication[]> {
    return [...this.items.entries()]
      .filter(([k]) => k.startsWith(`${tenantId}|${staffId}|`))
      .map(([, a]) => structuredClone(a))
      .sort((a, b) => b.id.localeCompare(a.id))
      .slice(0, limit);
  }

  async pending(tenantId: string): Promise<LeaveApplication[]> {
    return [...this.items.entries()]
      .filter(([k, a]) => k.startsWith(`${tenantId}|`) && a.state === 'requested')
      .map(([, a]) => structuredClone(a))
      .sort((a, b) => `${a.date}#${a.id}`.localeCompare(`${b.date}#${b.id}`));
  }

  async close(
    tenantId: string,
    next: LeaveApplication,
    expectedVersion: number,
    event: DomainEvent,
  ): Promise<void> {
    this.put(tenantId, next, expectedVersion, [event]);
  }
}
