import type { DomainEvent, Principal } from '@openhall/domain';
import { seedUsers } from '@openhall/seed';
import { countEvent } from '@openhall/services';
import { DynamoReportStore } from '@openhall/store';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';

const NOW = new Date('2026-03-20T02:00:00Z');
const PERIOD = 'from=2026-03-01&to=2026-03-19';
const DISTRICTS = { shandong: ['zaozhuang-gxq', 'zibo'], hebei: ['chengde-gxq'], henan: ['boai'] } as const;
/** A name and a phone a careless producer put into an event's data: no report may show them. */
const PERSON = { name: '张三丰', phone: '13912345678' };

let h: ApiHarness;
let seq = 0;
const event = (tenantId: string, type: string, data: Record<string, unknown>): DomainEvent => ({
  eventId: `evt-prov-${String(++seq).padStart(6, '0')}`,
  type,
  version: 1,
  tenantId,
  occurredAt: '2026-03-10T10:00:00+08:00',
  actor: 'citizen',
  subject: { kind: 'booking', id: `b-${seq}` },
  data,
});

beforeAll(async () => {
  h = await apiHarness('province-isolation', NOW);
  const reportStore = new DynamoReportStore(h.table.client, h.table.tableName);
  for (const tenantId of Object.values(DISTRICTS).flat()) {
    for (let i = 0; i < 3; i++) {
      await countEvent(
        { reportStore },
        event(tenantId, 'booking.created', { hallId: 'main', windowId: 'w-1', channel: 'online', ...PERSON }),
      );
      await countEvent(
        { reportStore },
        event(tenantId, 'rating.given', {
          level: 'very-satisfied',
          windowId: 'w-1',
          departmentId: 'tax',
          defaulted: false,
          ...PERSON,
        }),
      );
    }
  }
});
afterAll(() => h.close());

const officeOf = (province: string): Principal => ({
  sub: `${province}-provincial-office`,
  role: 'provincial-office',
  province: province as 'shandong',
});

async function get(path: string, principal: Principal) {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${await h.token(principal)}` } });
  const bytes = await res.arrayBuffer();
  // A workbook is read back as the text of its cells, so the sweep sees what Excel would show.
  if (res.status === 200 && path.includes('.xlsx?'))
    return { status: res.status, text: await workbookText(bytes) };
  // Keeps the BOM of a CSV, which `text()` would drop.
  return { status: res.status, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

async function workbookText(bytes: ArrayBuffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(`# ${sheet.name}`);
    sheet.eachRow((row) => {
      lines.push((row.values as unknown[]).slice(1).map(String).join(','));
    });
  });
  return lines.join('\n');
}

/** Every report endpoint a provincial office may call, for a province and one of its districts. */
const provinceEndpoints = (province: string, district: string) => [
  `/v1/provinces/${province}/reports?${PERIOD}`,
  `/v1/provinces/${province}/reports.csv?${PERIOD}`,
  `/v1/provinces/${province}/reports.xlsx?${PERIOD}`,
  `/v1/provinces/${province}/districts/${district}/report?${PERIOD}`,
];

describe('the provincial view', () => {
  it("Shandong sees its own districts side by side, and no other province's", async () => {
    const { status, text } = await get(`/v1/provinces/shandong/reports?${PERIOD}`, officeOf('shandong'));
    expect(status).toBe(200);
    const report = JSON.parse(text);
    expect(report.districts.map((d: { tenantId: string }) => d.tenantId)).toEqual(DISTRICTS.shandong);
    expect(report.measures.bookingsOnline).toBe(6);
    const csv = await get(`/v1/provinces/shandong/reports.csv?${PERIOD}`, officeOf('shandong'));
    expect(csv.text.startsWith('\uFEFF指标,')).toBe(true);
    expect(csv.text).toContain('网上预约,3,3,6');
  });

  it.each(Object.entries(DISTRICTS))(
    'every report endpoint of %s refuses every other province, with no data',
    async (province, districts) => {
      for (const other of Object.keys(DISTRICTS).filter((p) => p !== province)) {
        for (const path of provinceEndpoints(province, districts[0] as string)) {
          const { status, text } = await get(path, officeOf(other));
          expect(status, `${other} → ${path}`).toBe(403);
          expect(text).not.toContain('measures');
        }
        // Its own province's path naming another province's district: not found, nothing said.
        const foreign = await get(
          `/v1/provinces/${other}/districts/${districts[0]}/report?${PERIOD}`,
          officeOf(other),
        );
        expect(foreign.status).toBe(404);
        expect(foreign.text).not.toContain('measures');
        // A district's own report route is for its staff, never a provincial office.
        const district = await get(
          `/v1/tenants/${districts[0]}/reports/district?${PERIOD}`,
          officeOf(province),
        );
        expect(district.status).toBe(403);
      }
    },
  );

  it('shows no name or phone number in any report, export or chart data', async () => {
    const seededNames = seedUsers.map((u) => u.displayName);
    const responses: string[] = [];
    for (const [province, districts] of Object.entries(DISTRICTS)) {
      for (const path of provinceEndpoints(province, districts[0] as string)) {
        const { status, text } = await get(path, officeOf(province));
        expect(status, path).toBe(200);
        responses.push(text);
      }
      for (const tenantId of districts) {
        const admin: Principal = { sub: `${tenantId}-district-admin`, role: 'district-admin', tenantId };
        for (const sheet of ['summary', 'daily', 'windows', 'departments']) {
          const csv = await get(
            `/v1/tenants/${tenantId}/reports/district.csv?${PERIOD}&sheet=${sheet}`,
            admin,
          );
          expect(csv.status).toBe(200);
          responses.push(csv.text);
        }
        const xlsx = await get(`/v1/tenants/${tenantId}/reports/district.xlsx?${PERIOD}`, admin);
        expect(xlsx.status).toBe(200);
        expect(xlsx.text).toContain('# 汇总');
        responses.push(xlsx.text);
        const json = await get(`/v1/tenants/${tenantId}/reports/district?${PERIOD}`, admin);
        expect(JSON.parse(json.text).measures.bookingsOnline).toBe(3);
        responses.push(json.text);
      }
    }
    for (const text of responses) {
      expect(text).not.toContain(PERSON.name);
      expect(text).not.toContain(PERSON.phone);
      expect(text).not.toMatch(/1[3-9]\d{9}/);
      for (const name of seededNames) expect(text).not.toContain(name);
    }
  });
});

describe('the Excel workbooks', () => {
  /** Rows of a sheet as arrays of cell values (numbers stay numbers). */
  async function sheets(path: string, principal: Principal): Promise<Map<string, unknown[][]>> {
    const res = await h.app.request(path, {
      headers: { authorization: `Bearer ${await h.token(principal)}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const out = new Map<string, unknown[][]>();
    workbook.eachSheet((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1));
      });
      out.set(sheet.name, rows);
    });
    return out;
  }
  const rowOf = (rows: unknown[][] | undefined, label: string) => rows?.find((r) => r[0] === label);

  it("holds the district report's sheets, with the page's figures as numbers", async () => {
    const admin: Principal = { sub: 'zibo-district-admin', role: 'district-admin', tenantId: 'zibo' };
    const book = await sheets(`/v1/tenants/zibo/reports/district.xlsx?${PERIOD}`, admin);
    expect([...book.keys()]).toEqual(['汇总', '趋势', '窗口排名', '部门排名']);
    const page = JSON.parse((await get(`/v1/tenants/zibo/reports/district?${PERIOD}`, admin)).text);
    expect(rowOf(book.get('汇总'), '网上预约')?.[1]).toBe(page.measures.bookingsOnline);
    expect(rowOf(book.get('汇总'), '预约总数')?.[1]).toBe(page.measures.bookings);
    // The daily sheet adds up to the period's total, like the page's chart.
    const daily = book.get('趋势')!;
    const column = (daily[0] as string[]).indexOf('网上预约');
    expect(column).toBeGreaterThan(0);
    const sum = daily.slice(1).reduce((n, r) => n + Number(r[column] ?? 0), 0);
    expect(sum).toBe(page.measures.bookingsOnline);
  });

  it("holds the province's districts side by side, each equal to the page, and the province's total", async () => {
    const book = await sheets(`/v1/provinces/shandong/reports.xlsx?${PERIOD}`, officeOf('shandong'));
    const page = JSON.parse(
      (await get(`/v1/provinces/shandong/reports?${PERIOD}`, officeOf('shandong'))).text,
    );
    const rows = book.get('区县对比');
    const online = rowOf(rows, '网上预约')!;
    expect(online.slice(1)).toEqual([
      ...page.districts.map((d: { measures: { bookingsOnline: number } }) => d.measures.bookingsOnline),
      page.measures.bookingsOnline,
    ]);
    expect(page.measures.bookingsOnline).toBe(6);
  });
});
