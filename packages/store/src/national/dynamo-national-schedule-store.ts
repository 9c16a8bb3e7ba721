import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
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
import { headVersionOf } from '../config/config-version-item.js';
import { queryAll, send } from '../table/send.js';
import { VersionedCache } from '../table/versioned-cache.js';
import { saveVersioned } from '../table/versioned-write.js';
import {
  nationalScheduleAuditOf,
  nationalScheduleItem,
  nationalScheduleVersionItem,
  storedNationalScheduleOf,
} from './national-schedule-items.js';
import {
  getNationalScheduleHeadParams,
  getNationalScheduleParams,
  listNationalScheduleAuditParams,
  listNationalSchedulesParams,
  saveNationalScheduleParams,
} from './national-schedule-params.js';

const NO_SCHEDULES: NationalSchedules = new Map();

/** Largest page of a year's audit trail. */
const MAX_AUDIT_PAGE = 100;

/**
 * `NationalScheduleStore` on the single table (partition `PLATFORM#SCHEDULE`). Every calendar needs
 * the published years, so `publishedSchedules` asks only the head (a few bytes, strongly
 * consistent) and answers from this instance's cache while the head names the version it holds,
 * the way `DynamoConfigStore` reads a tenant's configuration.
 */
export class DynamoNationalScheduleStore implements NationalScheduleStore {
  private readonly cache: VersionedCache<'all', NationalSchedules>;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: { cache?: boolean } = {},
  ) {
    this.cache = new VersionedCache(options.cache === false ? 0 : 1);
  }

  async publishedSchedules(): Promise<NationalSchedules> {
    const version = await this.headVersion();
    // Nothing was ever published: the built-in calendar answers every year.
    if (version === undefined) return NO_SCHEDULES;
    const cached = this.cache.get('all', version);
    if (cached) return cached;
    const items = await queryAll(this.client, 'reading the national schedules', (startKey) =>
      listNationalSchedulesParams(this.tableName, startKey),
    );
    const schedules = new Map<number, NationalSchedule>(
      items.map((item) => {
        const { schedule } = storedNationalScheduleOf(item);
        return [schedule.year, Object.freeze(schedule)];
      }),
    );
    this.cache.remember('all', version, schedules);
    return schedules;
  }

  async getSchedule(year: number): Promise<StoredNationalSchedule | undefined> {
    const out = await send(`reading the national schedule of ${year}`, () =>
      this.client.send(new GetCommand(getNationalScheduleParams(this.tableName, year))),
    );
    return out.Item ? storedNationalScheduleOf(out.Item) : undefined;
  }

  async saveSchedule(input: SaveNationalScheduleInput): Promise<StoredNationalSchedule> {
    const { year } = input.schedule;
    const current = await this.getSchedule(year);
    if (current?.version !== input.expectedVersion) {
      throw new VersionConflictError(input.expectedVersion, current?.version);
    }
    const version = (current?.version ?? 0) + 1;
    const params = saveNationalScheduleParams(this.tableName, {
      schedule: nationalScheduleItem(input, version),
      version: nationalScheduleVersionItem({
        year,
        version,
        at: input.at,
        actor: input.actor,
        changes: nationalScheduleChanges(current?.schedule, input.schedule),
      }),
      expectedVersion: input.expectedVersion,
    });
    // A concurrent change of another year (the shared head) is tried again; of this year, a conflict.
    await saveVersioned(
      this.client,
      `saving the national schedule of ${year}`,
      params,
      input.expectedVersion,
      async () => (await this.getSchedule(year))?.version,
    );
    return { schedule: input.schedule, version, updatedAt: input.at, updatedBy: input.actor };
  }

  async listAudit(year: number, options: { limit: number }): Promise<NationalScheduleAuditEntry[]> {
    const limit = Math.min(Math.max(Math.trunc(options.limit), 1), MAX_AUDIT_PAGE);
    const out = await send(`reading the audit trail of the national schedule of ${year}`, () =>
      this.client.send(new QueryCommand(listNationalScheduleAuditParams(this.tableName, year, limit))),
    );
    return (out.Items ?? []).map(nationalScheduleAuditOf);
  }

  private async headVersion(): Promise<number | undefined> {
    const out = await send('reading the version of the national schedules', () =>
      this.client.send(new GetCommand(getNationalScheduleHeadParams(this.tableName))),
    );
    return headVersionOf(out.Item);
  }
}
