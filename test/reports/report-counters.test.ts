import { addDays, type DomainEvent, type LocalDate, measuresOf, planPeriod } from '@openhall/domain';
import { countEvent } from '@openhall/services';
import { DynamoReportStore, REPORT_SHARDS } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';

const NOW = new Date('2026-03-20T02:00:00Z');
const tenantId = 'zaozhuang-gxq';

let h: ApiHarness;
let reportStore: DynamoReportStore;
let seq = 0;

function event(type: string, date: LocalDate, data: Record<string, unknown>, tenant = tenantId): DomainEvent {
  seq += 1;
  return {
    eventId: `evt-int-${String(seq).padStart(8, '0')}`,
    type,
    version: 1,
    tenantId: tenant,
    occurredAt: `${date}T${String(9 + (seq % 8)).padStart(2, '0')}:${String(seq % 60).padStart(2, '0')}:00+08:00`,
    actor: 'system',
    subject: { kind: 'service-record', id: `r-${seq}` },
    data,
  };
}

beforeAll(async () => {
  h = await apiHarness('report-counters', NOW);
  reportStore = new DynamoReportStore(h.table.client, h.table.tableName);
});
afterAll(() => h.close());

describe('report counters on DynamoDB', () => {
  it('counts an event delivered ten times at once exactly once', async () => {
    const e = event('booking.created', '2026-02-02', { hallId: 'main', windowId: 'b02', channel: 'phone' });
    const answers = await Promise.all(Array.from({ length: 10 }, () => countEvent({ reportStore }, e)));
    expect(answers.filter((a) => a === 'counted')).toHaveLength(1);
    expect(answers.filter((a) => a === 'duplicate')).toHaveLength(9);
    const totals = await reportStore.totals(tenantId, planPeriod('2026-02-01', '2026-02-28'));
    expect(totals.value).toMatchObject({ bkPhone: 1 });
    const windows = await reportStore.byDimension(tenantId, 'window', planPeriod('2026-02-01', '2026-02-28'));
    expect(windows.value.get('b02')).toMatchObject({ bkPhone: 1 });
  });

  it('adds concurrent events of one busy day without losing one, spread over the shards', async () => {
    const events = Array.from({ length: 60 }, () =>
      event('ticket.issued', '2026-02-10', { hallId: 'main', priority: false }),
    );
    // Ten at a time: enough to meet on the same items, few enough for a busy DynamoDB Local.
    for (let i = 0; i < events.length; i += 10) {
      await Promise.all(events.slice(i, i + 10).map((e) => countEvent({ reportStore }, e)));
    }
    const day = await reportStore.series(tenantId, 'day', '2026-02-10', '2026-02-10');
    expect(day.value.get('2026-02-10')?.tkIssued).toBe(60);
    // One item per shard that got an event: more than one shard took this day's writes.
    expect(day.itemsRead).toBeGreaterThan(1);
    expect(day.itemsRead).toBeLessThanOrEqual(REPORT_SHARDS);
  });

  it('answers "accepted / completed since 5 March" from the records the events describe, through the API', async () => {
    // Two weeks of service records at three windows, some referred or a one-time notice, across
    // 28 February / 1 March, and a year earlier (which must not count).
    const made = { accepted: 0, completed: 0, inLimit: 0, notices: 0 };
    for (let i = -5; i < 15; i++) {
      const date = addDays('2026-03-05', i);
      for (let k = 0; k < 3 + (i % 4); k++) {
        const windowId = ['b01', 'b02', 'b03'][k % 3];
        const within = k % 5 !== 4;
        await countEvent(
          { reportStore },
          event('service-record.accepted', date, {
            hallId: 'main',
            windowId,
            departmentId: 'tax',
            acceptedWithinLimit: within,
          }),
        );
        const outcome = k % 7 === 6 ? 'one-time-notice' : 'completed';
        await countEvent(
          { reportStore },
          event('service-record.completed', date, {
            hallId: 'main',
            windowId,
            departmentId: 'tax',
            outcome,
            completedWithinLimit: true,
            flags: { lunch: k === 0, restDay: false, holiday: false, extended: false },
          }),
        );
        if (date >= '2026-03-05') {
          made.accepted += 1;
          if (within) made.inLimit += 1;
          if (outcome === 'completed') made.completed += 1;
          else made.notices += 1;
        }
      }
    }
    await countEvent({ reportStore }, event('service-record.accepted', '2025-03-10', { windowId: 'b01' }));

    const token = await h.token({ sub: 'zz-admin', role: 'district-admin', tenantId });
    const res = await h.app.request(
      `/v1/tenants/${tenantId}/reports/district?from=2026-03-05&to=2026-03-19`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.measures.accepted).toBe(made.accepted);
    expect(report.measures.completed).toBe(made.completed);
    expect(report.measures.oneTimeNotices).toBe(made.notices);
    expect(report.measures.acceptedInLimitRate).toBe(
      Math.round((made.inLimit / made.accepted) * 10_000) / 10_000,
    );
    expect(report.previous.accepted).toBeGreaterThan(0);
    const byWindow = report.rankings.windows as { id: string; measures: { accepted: number } }[];
    expect(byWindow.reduce((n, w) => n + w.measures.accepted, 0)).toBe(made.accepted);
    expect(report.rankings.departments[0].id).toBe('tax');

    // The CSV of the same period holds the same figures, with the BOM and Chinese headers.
    const csv = await h.app.request(
      `/v1/tenants/${tenantId}/reports/district.csv?from=2026-03-05&to=2026-03-19&sheet=summary`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`受理件数,${made.accepted},`);
    expect(text).toContain(`办结件数,${made.completed},`);
  });

  it('reads a year-long report with a bounded number of items, however many events are behind it', async () => {
    const plan = planPeriod('2025-03-20', '2026-03-19');
    const read = await reportStore.totals(tenantId, plan);
    // Days of the two partial months and the whole months between, on each shard at most.
    expect(read.itemsRead).toBeLessThanOrEqual((31 + 19 + 11) * REPORT_SHARDS);
    expect(measuresOf(read.value).accepted).toBeGreaterThan(0);
  });
});
