import type { DomainEvent, LocalDate } from '@openhall/domain';
import { addDays } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { InMemoryReportStore } from '../testing/in-memory-report-store.js';
import { districtReport } from './district-report.js';
import { provinceReport } from './province-report.js';
import { countEvent, reportCountersConsumer } from './report-counters-consumer.js';
import { districtSheet, toCsv, UTF8_BOM } from './report-csv.js';

let seq = 0;
function event(tenantId: string, type: string, date: LocalDate, data: Record<string, unknown>): DomainEvent {
  seq += 1;
  return {
    eventId: `evt-${String(seq).padStart(8, '0')}`,
    type,
    version: 1,
    tenantId,
    occurredAt: `${date}T10:${String(seq % 60).padStart(2, '0')}:00+08:00`,
    actor: 'system',
    subject: { kind: 'service-record', id: `r-${seq}` },
    data,
  };
}

describe('report counters consumer', () => {
  it('counts a redelivered event once', async () => {
    const reportStore = new InMemoryReportStore();
    const consumer = reportCountersConsumer({ reportStore });
    const e = event('zibo', 'booking.created', '2026-03-05', { hallId: 'main', channel: 'online' });
    expect(consumer.handles(e)).toBe(true);
    await consumer.handle(e);
    await consumer.handle(e);
    expect(await countEvent({ reportStore }, e)).toBe('duplicate');
    const report = await districtReport({ reportStore }, 'zibo', '2026-03-01', '2026-03-31');
    expect(report.measures.bookingsOnline).toBe(1);
    expect(consumer.handles(event('zibo', 'config.changed', '2026-03-05', {}))).toBe(false);
  });
});

describe('districtReport', () => {
  it('answers "accepted and completed since a date" from the events, the period before beside it', async () => {
    const reportStore = new InMemoryReportStore();
    const deps = { reportStore };
    // Varying volumes over 70 days, across a month end, at two windows.
    const expected = { accepted: 0, completed: 0, before: 0 };
    for (let i = 0; i < 70; i++) {
      const date = addDays('2026-02-10', i);
      for (let k = 0; k < (i % 7) + 1; k++) {
        const windowId = k % 2 === 0 ? 'w-1' : 'w-2';
        await countEvent(
          deps,
          event('zaozhuang-gxq', 'service-record.accepted', date, { windowId, acceptedWithinLimit: k !== 3 }),
        );
        if (k % 3 !== 2)
          await countEvent(
            deps,
            event('zaozhuang-gxq', 'service-record.completed', date, { windowId, outcome: 'completed' }),
          );
        if (date >= '2026-03-05' && date <= '2026-04-19') {
          expected.accepted += 1;
          if (k % 3 !== 2) expected.completed += 1;
        }
        if (date >= '2026-01-18' && date <= '2026-03-04') expected.before += 1;
      }
    }
    // Another district's work is never counted in this one's.
    await countEvent(deps, event('zibo', 'service-record.accepted', '2026-03-06', { windowId: 'w-1' }));

    const report = await districtReport(deps, 'zaozhuang-gxq', '2026-03-05', '2026-04-19');
    expect(report.measures.accepted).toBe(expected.accepted);
    expect(report.measures.completed).toBe(expected.completed);
    expect(report.previousPeriod).toEqual({ from: '2026-01-18', to: '2026-03-04' });
    expect(report.previous.accepted).toBe(expected.before);
    expect(report.series).toHaveLength(46);
    expect(report.series.reduce((n, p) => n + p.completed, 0)).toBe(expected.completed);
    const windows = report.rankings.windows;
    expect(windows.map((w) => w.id)).toEqual(['w-1', 'w-2']);
    expect(windows.reduce((n, w) => n + w.measures.accepted, 0)).toBe(expected.accepted);
  });

  it('refuses a period longer than a year or ending before it starts', async () => {
    const deps = { reportStore: new InMemoryReportStore() };
    await expect(districtReport(deps, 'zibo', '2026-01-01', '2027-01-02')).rejects.toMatchObject({
      code: 'report_period_invalid',
    });
    await expect(districtReport(deps, 'zibo', '2026-03-02', '2026-03-01')).rejects.toMatchObject({
      code: 'report_period_invalid',
    });
  });

  it('charts a long period month by month, the months cut by its ends counted from their days', async () => {
    const reportStore = new InMemoryReportStore();
    for (const date of ['2026-01-20', '2026-01-31', '2026-02-14', '2026-06-30', '2026-07-01'] as const) {
      await countEvent({ reportStore }, event('zibo', 'ticket.issued', date, {}));
    }
    const report = await districtReport({ reportStore }, 'zibo', '2026-01-31', '2026-06-30');
    expect(report.series.map((p) => [p.period, p.walkInTickets])).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
      ['2026-03', 0],
      ['2026-04', 0],
      ['2026-05', 0],
      ['2026-06', 1],
    ]);
    expect(report.measures.walkInTickets).toBe(3);
  });
});

describe('report CSV', () => {
  it('starts with the BOM, has Chinese headers, and quotes what needs quoting', async () => {
    const reportStore = new InMemoryReportStore();
    await countEvent({ reportStore }, event('zibo', 'booking.created', '2026-03-05', { channel: 'phone' }));
    const report = await districtReport({ reportStore }, 'zibo', '2026-03-01', '2026-03-31');
    const csv = toCsv(districtSheet(report, 'summary'));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('指标,本期 2026-03-01至2026-03-31,上期 2026-01-29至2026-02-28');
    expect(lines).toContain('电话预约,1,0');
    expect(toCsv([['a,b', 'say "hi"', '=HYPERLINK()']])).toBe(
      `${UTF8_BOM}"a,b","say ""hi""",'=HYPERLINK()\r\n`,
    );
  });
});

describe('provinceReport', () => {
  it("reads only the province's own districts", async () => {
    const reportStore = new InMemoryReportStore();
    reportStore.joinProvince('zibo', 'shandong');
    reportStore.joinProvince('zaozhuang-gxq', 'shandong');
    reportStore.joinProvince('boai', 'henan');
    for (const t of ['zibo', 'zaozhuang-gxq', 'boai', 'zaozhuang-gxq']) {
      await countEvent({ reportStore }, event(t, 'service-record.accepted', '2026-03-05', {}));
    }
    const report = await provinceReport({ reportStore }, 'shandong', '2026-03-01', '2026-03-31');
    expect(report.districts.map((d) => [d.tenantId, d.measures.accepted])).toEqual([
      ['zaozhuang-gxq', 2],
      ['zibo', 1],
    ]);
    expect(report.measures.accepted).toBe(3);
  });
});
