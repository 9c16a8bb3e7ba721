import type {
  NationalSchedule,
  NationalScheduleAuditEntry,
  StoredNationalSchedule,
} from '../national/national-schedule.js';
import type { NationalSchedules } from '../national/published-national-day.js';

export interface SaveNationalScheduleInput {
  schedule: NationalSchedule;
  /** The version the writer read; undefined when the year is published for the first time. */
  expectedVersion: number | undefined;
  actor: string;
  /** Wall clock of the change, ISO 8601 with +08:00. */
  at: string;
}

/**
 * Port for the platform's national schedules (one per year, for every tenant). A stale
 * `expectedVersion` rejects with `VersionConflictError`.
 */
export interface NationalScheduleStore {
  /** Every published year, as the calendar reads them; cheap to ask on every request. */
  publishedSchedules(): Promise<NationalSchedules>;
  getSchedule(year: number): Promise<StoredNationalSchedule | undefined>;
  saveSchedule(input: SaveNationalScheduleInput): Promise<StoredNationalSchedule>;
  /** Newest first. */
  listAudit(year: number, options: { limit: number }): Promise<NationalScheduleAuditEntry[]>;
}
