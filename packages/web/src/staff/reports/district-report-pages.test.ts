import type { DomainEvent } from '@openhall/domain';
import { countEvent } from '@openhall/services';
import { InMemoryReportStore } from '@openhall/services/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const NOW = new Date('2026-03-20T09:00:00+08:00');
const ORIGIN = 'http://localhost';

async function signedIn(app: ReturnType<typeof pagesTestApp>['app'], staffId: string): Promise<string> {
  const res = await app.request(`${ORIGIN}/t/zibo/staff/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

let seq = 0;
const event = (type: string, date: string, data: Record<string, unknown>): DomainEvent => ({
  eventId: `evt-page-${String(++seq).padStart(6, '0')}`,
  type,
  version: 1,
  tenantId: 'zibo',
  occurredAt: `${date}T10:00:00+08:00`,
  actor: 'citizen',
  subject: { kind: 'booking', id: `b-${seq}` },
  data,
});

describe('district report page', () => {
  it('shows the figures, the previous period, charts as SVG and exports to a section manager', async () => {
    const reportStore = new InMemoryReportStore();
    for (const [date, channel] of [
      ['2026-03-02', 'online'],
      ['2026-03-03', 'desk'],
      ['2026-03-03', 'online'],
      ['2026-02-10', 'phone'],
    ] as const) {
      await countEvent({ reportStore }, event('booking.created', date, { channel, windowId: 'w-1' }));
    }
    const { app } = pagesTestApp(NOW, undefined, { reportStore });
    const cookie = await signedIn(app, 'zibo-section-manager');
    const res = await app.request(`${ORIGIN}/t/zibo/staff/reports?from=2026-03-01&to=2026-03-19`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(
      /<tr data-measure="bookings"><th scope="row">预约总数<\/th><td data-value="3">3<\/td>/,
    );
    expect(html).toContain('<svg');
    expect(html).toContain('2026-03-03 网上预约: 1');
    // The period before (19 days up to 28 February) holds the phone booking.
    expect(html).toContain('上期 2026-02-10 – 2026-02-28');
    expect(html).not.toContain('<script');

    const csv = await app.request(
      `${ORIGIN}/t/zibo/staff/reports/export.csv?from=2026-03-01&to=2026-03-19&sheet=daily`,
      { headers: { cookie } },
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]?.startsWith('日期,网上预约,现场预约')).toBe(true);
    expect(lines).toContain(lines.find((l) => l.startsWith('2026-03-03,1,1,0')));

    // The workbook link on the page downloads every sheet; its totals are the page's.
    const link = /data-export="xlsx" href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(link).toBe('/t/zibo/staff/reports/export.xlsx?from=2026-03-01&to=2026-03-19');
    const xlsx = await app.request(`${ORIGIN}${link}`, { headers: { cookie } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '趋势', '窗口排名', '部门排名']);
    const summary = workbook.getWorksheet('汇总')!;
    const totals = new Map<string, unknown>();
    summary.eachRow((row) => {
      const [, label, value] = row.values as unknown[];
      totals.set(String(label), value);
    });
    const pageTotal = Number(
      /data-measure="bookings"><th scope="row">预约总数<\/th><td data-value="(\d+)"/.exec(html)?.[1],
    );
    expect(totals.get('预约总数')).toBe(pageTotal);
    expect(totals.get('网上预约')).toBe(2);
  });

  it('lists the open cases past or near their deadline, soonest first, with links to them', async () => {
    const { app, care } = pagesTestApp(NOW);
    const actor = { kind: 'staff' as const, staffId: 'zibo-section-manager', roles: ['section-manager'] };
    const open = (title: string, dueAt: string) =>
      care.cases.open(
        'zibo',
        {
          kind: 'special-handling',
          title,
          departmentId: 'approval-bureau',
          ownerStaffId: 'zibo-section-manager',
          dueAt,
        },
        actor,
      );
    const soon = await open('今天下午到期', '2026-03-20T17:00:00+08:00');
    const past = await open('昨天已到期', '2026-03-19T17:00:00+08:00');
    const later = await open('下周到期', '2026-03-26T17:00:00+08:00');
    const done = await open('已办结', '2026-03-18T17:00:00+08:00');
    await care.cases.note('zibo', done.id, { note: '办结', done: true }, actor);
    const cookie = await signedIn(app, 'zibo-district-admin');
    const html = await (await app.request(`${ORIGIN}/t/zibo/staff/reports`, { headers: { cookie } })).text();
    expect(html).toContain('data-overdue="2"');
    const rows = [...html.matchAll(/data-state="(past|soon)"[\s\S]*?href="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(rows).toEqual([
      ['past', `/t/zibo/staff/care/cases/${past.id}`],
      ['soon', `/t/zibo/staff/care/cases/${soon.id}`],
    ]);
    expect(html).not.toContain(later.id);
    expect(html).not.toContain(done.id);
    // The titles staff typed may name a person: the dashboard shows ids and deadlines only.
    expect(html).not.toContain('今天下午到期');
  });

  it('refuses a desk member and falls back to the last 30 days for a bad period', async () => {
    const { app } = pagesTestApp(NOW);
    const desk = await signedIn(app, 'zibo-desk');
    const refused = await app.request(`${ORIGIN}/t/zibo/staff/reports`, { headers: { cookie: desk } });
    expect(refused.status).toBe(403);
    const admin = await signedIn(app, 'zibo-district-admin');
    const res = await app.request(`${ORIGIN}/t/zibo/staff/reports?from=2026-03-10&to=2026-03-01`, {
      headers: { cookie: admin },
    });
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('value="2026-02-19"');
  });
});
