import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type NationalSchedule, VersionConflictError } from '@openhall/domain';
import { DynamoNationalScheduleStore } from '@openhall/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FreshTable, freshTable } from '../support/fresh-table.js';

let table: FreshTable;
let store: DynamoNationalScheduleStore;

beforeEach(async () => {
  table = await freshTable('national-schedule-store');
  store = new DynamoNationalScheduleStore(table.client, table.tableName);
});

afterEach(() => table.drop());

const AT = '2026-11-05T10:00:00+08:00';

function schedule(year: number, name = '元旦'): NationalSchedule {
  return {
    year,
    days: [{ date: `${year}-01-01`, kind: 'holiday', name: { zh: name, en: "New Year's Day" } }],
  };
}

describe('DynamoNationalScheduleStore', () => {
  it('answers no schedules, with one read, before anything is published', async () => {
    expect((await store.publishedSchedules()).size).toBe(0);
  });

  it('publishes years side by side, each with its own versions, under the platform partition only', async () => {
    await Promise.all(
      [2027, 2028, 2029].map((year) =>
        store.saveSchedule({ schedule: schedule(year), expectedVersion: undefined, actor: 'op', at: AT }),
      ),
    );
    expect([...(await store.publishedSchedules()).keys()].sort()).toEqual([2027, 2028, 2029]);
    const out = await table.client.send(new ScanCommand({ TableName: table.tableName }));
    expect(new Set(out.Items?.map((i) => i.pk))).toEqual(new Set(['PLATFORM#SCHEDULE']));
    expect(out.Items?.find((i) => i.sk === 'HEAD')?.version).toBe(3);
  });

  it('lets one of two writers of the same version win; the other gets a version conflict', async () => {
    await store.saveSchedule({ schedule: schedule(2027), expectedVersion: undefined, actor: 'op', at: AT });
    const results = await Promise.allSettled(
      ['元旦（甲）', '元旦（乙）'].map((name) =>
        store.saveSchedule({ schedule: schedule(2027, name), expectedVersion: 1, actor: 'op', at: AT }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(VersionConflictError);
    expect((await store.getSchedule(2027))?.version).toBe(2);
    expect((await store.listAudit(2027, { limit: 10 })).map((e) => e.version)).toEqual([2, 1]);
  });

  it("sees another instance's change on the next read", async () => {
    const other = new DynamoNationalScheduleStore(table.client, table.tableName);
    await store.saveSchedule({ schedule: schedule(2027), expectedVersion: undefined, actor: 'op', at: AT });
    expect((await other.publishedSchedules()).get(2027)?.days[0]?.name.zh).toBe('元旦');
    await store.saveSchedule({ schedule: schedule(2027, '新年'), expectedVersion: 1, actor: 'op', at: AT });
    expect((await other.publishedSchedules()).get(2027)?.days[0]?.name.zh).toBe('新年');
  });
});
