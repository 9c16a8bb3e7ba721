import { describe, expect, it } from 'vitest';
import { EXAMPLE_SCHEDULE_2027 } from '../testing/example-national-schedule.js';
import { InMemoryNationalScheduleStore } from '../testing/in-memory-national-schedule-store.js';
import { getNationalSchedule } from './get-national-schedule.js';
import { publishNationalSchedule } from './publish-national-schedule.js';

const now = new Date('2026-11-05T10:00:00+08:00');
const actor = 'platform-operator';

function setUp() {
  const nationalScheduleStore = new InMemoryNationalScheduleStore();
  const publish = (input: unknown, expectedVersion?: number, year = 2027) =>
    publishNationalSchedule({ nationalScheduleStore }, { year, input, actor, expectedVersion, now });
  return { nationalScheduleStore, publish };
}

describe('publishNationalSchedule', () => {
  it('publishes a year once for everyone, with who and when, and the calendar reads it', async () => {
    const { nationalScheduleStore, publish } = setUp();
    const stored = await publish(EXAMPLE_SCHEDULE_2027);
    expect(stored).toMatchObject({ version: 1, updatedBy: actor, updatedAt: '2026-11-05T10:00:00+08:00' });
    expect((await nationalScheduleStore.publishedSchedules()).get(2027)?.days).toHaveLength(
      EXAMPLE_SCHEDULE_2027.days.length,
    );
    expect((await getNationalSchedule({ nationalScheduleStore }, 2027)).version).toBe(1);
  });

  it('refuses a correction without the version it replaces, or with a stale one', async () => {
    const { publish } = setUp();
    await publish(EXAMPLE_SCHEDULE_2027);
    await expect(publish(EXAMPLE_SCHEDULE_2027)).rejects.toMatchObject({ code: 'if_match_required' });
    await expect(publish(EXAMPLE_SCHEDULE_2027, 2)).rejects.toMatchObject({ code: 'version_conflict' });
    expect((await publish(EXAMPLE_SCHEDULE_2027, 1)).version).toBe(2);
  });

  it('refuses a version for a year never published', async () => {
    const { publish } = setUp();
    await expect(publish(EXAMPLE_SCHEDULE_2027, 1)).rejects.toMatchObject({ code: 'version_conflict' });
  });

  it('refuses a schedule whose dates are not all in the year, naming each', async () => {
    const { publish } = setUp();
    await expect(publish(EXAMPLE_SCHEDULE_2027, undefined, 2028)).rejects.toMatchObject({
      code: 'validation_failed',
      errors: expect.arrayContaining([expect.objectContaining({ path: '/days/0/date' })]),
    });
  });

  it('keeps an audit entry per version, newest first, naming the dates that changed', async () => {
    const { nationalScheduleStore, publish } = setUp();
    await publish(EXAMPLE_SCHEDULE_2027);
    const [first, ...rest] = EXAMPLE_SCHEDULE_2027.days;
    await publish({ days: [{ ...first!, name: { zh: '元旦', en: 'New Year' } }, ...rest.slice(1)] }, 1);
    const entries = await nationalScheduleStore.listAudit(2027, { limit: 10 });
    expect(entries.map((e) => e.version)).toEqual([2, 1]);
    expect(entries[0]!.changes).toEqual([
      { op: 'replace', date: first!.date },
      { op: 'remove', date: rest[0]!.date },
    ]);
  });

  it('answers national_schedule_not_found for a year never published', async () => {
    const { nationalScheduleStore } = setUp();
    await expect(getNationalSchedule({ nationalScheduleStore }, 2030)).rejects.toMatchObject({
      code: 'national_schedule_not_found',
    });
  });
});
