import {
  type NationalSchedule,
  type NationalScheduleAuditEntry,
  type NationalScheduleStore,
  type NationalSchedules,
  nationalScheduleChanges,
  type SaveNationalScheduleInput,
  type StoredNationalSchedule,
  VersionConflictError,
} from '@openhall/domain';

/**
 * `NationalScheduleStore` in memory with the DynamoDB store's versioning (one version line per
 * year) and audit trail (newest first). Everything goes in and comes out as a copy, except the
 * published schedules, which are shared read-only as the DynamoDB store's cache shares them.
 */
export class InMemoryNationalScheduleStore implements NationalScheduleStore {
  private readonly schedules = new Map<number, StoredNationalSchedule>();
  private readonly audit = new Map<number, NationalScheduleAuditEntry[]>();
  private published: Map<number, NationalSchedule> = new Map();

  async publishedSchedules(): Promise<NationalSchedules> {
    return this.published;
  }

  async getSchedule(year: number): Promise<StoredNationalSchedule | undefined> {
    const stored = this.schedules.get(year);
    return stored && structuredClone(stored);
  }

  async saveSchedule(input: SaveNationalScheduleInput): Promise<StoredNationalSchedule> {
    const { year } = input.schedule;
    const current = this.schedules.get(year);
    if (current?.version !== input.expectedVersion) {
      throw new VersionConflictError(input.expectedVersion, current?.version);
    }
    const version = (current?.version ?? 0) + 1;
    const stored: StoredNationalSchedule = {
      schedule: structuredClone(input.schedule),
      version,
      updatedAt: input.at,
      updatedBy: input.actor,
    };
    this.schedules.set(year, stored);
    const entry: NationalScheduleAuditEntry = {
      year,
      version,
      at: input.at,
      actor: input.actor,
      changes: nationalScheduleChanges(current?.schedule, input.schedule),
    };
    this.audit.set(year, [entry, ...(this.audit.get(year) ?? [])]);
    this.published = new Map([...this.published, [year, Object.freeze(structuredClone(input.schedule))]]);
    return structuredClone(stored);
  }

  async listAudit(year: number, options: { limit: number }): Promise<NationalScheduleAuditEntry[]> {
    return (this.audit.get(year) ?? []).slice(0, Math.max(1, options.limit)).map((e) => structuredClone(e));
  }
}
