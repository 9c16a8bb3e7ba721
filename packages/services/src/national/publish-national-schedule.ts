import {
  fieldErrorsOf,
  IfMatchRequiredError,
  InvalidConfigError,
  NationalScheduleSchema,
  type NationalScheduleStore,
  StaleVersionError,
  type StoredNationalSchedule,
  toShanghaiIso,
  VersionConflictError,
} from '@openhall/domain';

export interface PublishNationalScheduleRequest {
  year: number;
  /** What the operator entered (days, source), not yet validated. */
  input: unknown;
  /** The platform operator's `sub`, for the audit trail. */
  actor: string;
  /** The version replaced (If-Match); required once the year is published. */
  expectedVersion?: number | undefined;
  now: Date;
}

/**
 * Enters (or corrects) the State Council schedule of one year for every tenant: validated whole
 * (dates in that year, none twice, names in Chinese and English), written conditionally on the
 * version read, with who and when. After it the year is no longer provisional anywhere.
 */
export async function publishNationalSchedule(
  ports: { nationalScheduleStore: NationalScheduleStore },
  request: PublishNationalScheduleRequest,
): Promise<StoredNationalSchedule> {
  const { year, expectedVersion } = request;
  const parsed = NationalScheduleSchema.safeParse({ ...(request.input as object), year });
  if (!parsed.success) {
    throw new InvalidConfigError(`The schedule of ${year} is not valid.`, fieldErrorsOf(parsed.error));
  }
  const current = await ports.nationalScheduleStore.getSchedule(year);
  if (current && expectedVersion === undefined) throw new IfMatchRequiredError();
  if (!current && expectedVersion !== undefined) throw new VersionConflictError(expectedVersion, undefined);
  if (current && expectedVersion !== current.version) {
    throw new StaleVersionError(expectedVersion!, current.version);
  }
  return ports.nationalScheduleStore.saveSchedule({
    schedule: parsed.data,
    expectedVersion: current?.version,
    actor: request.actor,
    at: toShanghaiIso(request.now),
  });
}
