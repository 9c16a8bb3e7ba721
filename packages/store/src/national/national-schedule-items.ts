import {
  type NationalScheduleAuditEntry,
  NationalScheduleAuditEntrySchema,
  type SaveNationalScheduleInput,
  type StoredNationalSchedule,
  StoredNationalScheduleSchema,
} from '@openhall/domain';
import { StoredItemInvalidError } from '../table/errors.js';
import {
  nationalScheduleHeadKey,
  nationalScheduleKey,
  nationalScheduleVersionKey,
  type TableKey,
} from '../table/keys.js';

/** One year's current schedule, with who published it and when. */
export interface NationalScheduleItem extends TableKey, StoredNationalSchedule {
  entity: 'NationalSchedule';
  year: number;
}

export function nationalScheduleItem(
  input: SaveNationalScheduleInput,
  version: number,
): NationalScheduleItem {
  const { year } = input.schedule;
  return {
    ...nationalScheduleKey(year),
    entity: 'NationalSchedule',
    year,
    schedule: input.schedule,
    version,
    updatedAt: input.at,
    updatedBy: input.actor,
  };
}

/** Reads a year's schedule back, checking it against the schema the API validates with. */
export function storedNationalScheduleOf(item: Record<string, unknown>): StoredNationalSchedule {
  const parsed = StoredNationalScheduleSchema.safeParse(item);
  if (!parsed.success) throw new StoredItemInvalidError('national schedule', { cause: parsed.error });
  return parsed.data;
}

/** The audit entry of one accepted version (who, when, which dates). */
export interface NationalScheduleVersionItem extends TableKey, NationalScheduleAuditEntry {
  entity: 'NationalScheduleVersion';
}

export function nationalScheduleVersionItem(entry: NationalScheduleAuditEntry): NationalScheduleVersionItem {
  return {
    ...nationalScheduleVersionKey(entry.year, entry.version),
    entity: 'NationalScheduleVersion',
    ...entry,
  };
}

export function nationalScheduleAuditOf(item: Record<string, unknown>): NationalScheduleAuditEntry {
  const parsed = NationalScheduleAuditEntrySchema.safeParse(item);
  if (!parsed.success)
    throw new StoredItemInvalidError('national schedule audit entry', { cause: parsed.error });
  return parsed.data;
}

/** The head: the version of all national schedules together, moved by every change of any year. */
export function nationalScheduleHeadItem(version: number) {
  return { ...nationalScheduleHeadKey(), entity: 'NationalScheduleHead' as const, version };
}
