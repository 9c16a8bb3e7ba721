import {
  NationalScheduleNotFoundError,
  type NationalScheduleStore,
  type StoredNationalSchedule,
} from '@openhall/domain';

/** The schedule the platform published for `year`, or `national_schedule_not_found`. */
export async function getNationalSchedule(
  ports: { nationalScheduleStore: NationalScheduleStore },
  year: number,
): Promise<StoredNationalSchedule> {
  const stored = await ports.nationalScheduleStore.getSchedule(year);
  if (!stored) throw new NationalScheduleNotFoundError(year);
  return stored;
}
