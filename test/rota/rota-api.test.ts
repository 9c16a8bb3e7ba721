import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { RotaAssignment } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  phoneOf,
  postBooking,
} from '../booking/support/booking-harness.js';

// Chengde, Saturday 5 December 2026 (a rest day, 09:00-11:30 and 14:00-17:00), planned on Tuesday.
const NOW = '2026-12-01T10:00:00+08:00';
const tenantId = 'chengde-gxq';
const hallId = 'chengde-gxq-center';
const SATURDAY = '2026-12-05';
const config = seedConfig(tenantId);
const holderOf = (w: string, h: 'a' | 'b' = 'a') =>
  w === 'consultation-desk' ? `${tenantId}-desk` : `${tenantId}-${w}-${h}`;

function allDay(staffId: string, windowId: string): RotaAssignment[] {
  return [
    { staffId, duty: 'window', windowId, from: '09:00', to: '11:30' },
    { staffId, duty: 'window', windowId, from: '14:00', to: '17:00' },
  ];
}

const compliant: RotaAssignment[] = [
  ...config.windows.flatMap((w) => allDay(holderOf(w.id), w.id)),
  { staffId: `${tenantId}-section-manager`, duty: 'service-section', from: '09:00', to: '17:00' },
];

let h: BookingHarness;
let manager: string;
let otherManager: string;

beforeAll(async () => {
  h = await bookingHarness('rota-api', NOW);
  manager = await h.token({ sub: `${tenantId}-section-manager`, role: 'section-manager', tenantId });
  otherManager = await h.token({ sub: `${tenantId}-district-admin`, role: 'district-admin', tenantId });
});

afterAll(() => h.close());

function putDay(
  date: string,
  assignments: RotaAssignment[],
  token: string,
  headers: Record<string, string> = {},
) {
  return h.app.request(`/v1/tenants/${tenantId}/halls/${hallId}/rota-days/${date}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ assignments }),
  });
}

async function capacityAt(date: string, start: string): Promise<number | undefined> {
  const q = new URLSearchParams({ matterId: 'enterprise-registration', hallId, date });
  const res = await h.app.request(`/v1/tenants/${tenantId}/availability?${q}`);
  const body = (await res.json()) as { slots: { start: string; capacity: number }[] };
  return body.slots.find((s) => s.start === start)?.capacity;
}

describe('two managers editing one hall-day on DynamoDB Local', () => {
  it('lets exactly one of two first plans in, and answers the other 409 with who saved', async () => {
    const date = '2026-12-12';
    const answers = await Promise.all([
      putDay(date, compliant, manager),
      putDay(date, compliant.slice(2), otherManager),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = answers.find((r) => r.status === 409)!;
    const problem = (await loser.json()) as {
      code: string;
      currentVersion: number;
      changedSince: { actor: string }[];
    };
    expect(problem.code).toBe('version_conflict');
    expect(problem.currentVersion).toBe(1);
    expect(problem.changedSince).toHaveLength(1);
  });

  it('lets exactly one of many edits of the same version in; the others are told the version moved', async () => {
    const date = '2026-12-13';
    expect((await putDay(date, compliant, manager)).status).toBe(200);
    const edits = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        putDay(date, compliant.slice(i), i % 2 ? manager : otherManager, { 'if-match': '"v1"' }),
      ),
    );
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const day = await h.app.request(`/v1/tenants/${tenantId}/halls/${hallId}/rota-days/${date}`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(day.headers.get('etag')).toBe('"v2"');
  });
});

describe("Chengde's Saturday: the rules, then the citizen's availability follows the rota", () => {
  it('shows the 2-windows-per-category violation, clears it once fixed, and gives the rostered places', async () => {
    const slot = `${SATURDAY}T09:00:00+08:00`;
    // Before any rota: one person per approval window as configured.
    expect(await capacityAt(SATURDAY, slot)).toBe(2);
    const broken = await putDay(
      SATURDAY,
      compliant.filter((a) => a.windowId !== 'approval-2'),
      manager,
    );
    expect(broken.status).toBe(200);
    const v = (
      (await broken.json()) as { violations: { rule: string; departmentId?: string; from: string }[] }
    ).violations;
    expect(v.filter((x) => x.rule === 'minimum_not_met').map((x) => [x.departmentId, x.from])[0]).toEqual([
      'approval-bureau',
      '09:00',
    ]);
    expect(await capacityAt(SATURDAY, slot)).toBe(1);
    const fixed = await putDay(
      SATURDAY,
      [...compliant, ...allDay(holderOf('approval-1', 'b'), 'approval-1')],
      manager,
      {
        'if-match': broken.headers.get('etag')!,
      },
    );
    expect(fixed.status).toBe(200);
    expect(((await fixed.json()) as { violations: unknown[] }).violations).toEqual([]);
    // A and B at approval-1, A at approval-2: three places online (20 % holdback keeps no whole place).
    expect(await capacityAt(SATURDAY, slot)).toBe(3);
  });

  it('refuses a rota change that strands a booking, listing it', async () => {
    const date = '2026-12-19';
    const start = `${date}T10:00:00+08:00`;
    expect((await putDay(date, compliant, manager)).status).toBe(200);
    const booked = await postBooking(h, {
      tenantId,
      matterId: 'enterprise-registration',
      hallId,
      start,
      applicant: { phone: phoneOf(1) },
    });
    expect(booked.status).toBe(201);
    const { code, windowId } = (await booked.json()) as { code: string; windowId: string };
    const res = await putDay(
      date,
      compliant.filter((a) => a.windowId !== windowId),
      manager,
      { 'if-match': '"v1"' },
    );
    expect(res.status).toBe(409);
    const problem = (await res.json()) as { code: string; stranded: { code: string }[] };
    expect(problem.code).toBe('bookings_stranded');
    expect(problem.stranded.map((s) => s.code)).toEqual([code]);
  });

  it('keeps every rota, audit and ledger item under the tenant key', async () => {
    const items = await h.client.send(new ScanCommand({ TableName: h.table.tableName }));
    const rota = (items.Items ?? []).filter((i) =>
      ['RotaDay', 'RotaVersion', 'TimeOffEntry'].includes(String(i.entity)),
    );
    expect(rota.length).toBeGreaterThan(0);
    for (const i of rota) expect(String(i.pk).startsWith(`TENANT#${tenantId}#`)).toBe(true);
  });

  it('earns the Saturday hours on the ledger of whoever served', async () => {
    const res = await h.app.request(`/v1/tenants/${tenantId}/staff/${holderOf('tax')}/time-off`, {
      headers: { authorization: `Bearer ${otherManager}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { balanceMinutes: number; entries: { date: string }[] };
    expect(body.entries.length).toBeGreaterThan(0);
    expect(body.balanceMinutes).toBe(body.entries.length * 330);
  });
});

describe('time off in lieu through the API', () => {
  it('refuses leave from a window without cover, naming the B holder, then takes it with cover', async () => {
    const date = '2026-12-26';
    expect((await putDay(date, compliant, manager)).status).toBe(200);
    const leave = (body: Record<string, string>) =>
      h.app.request(`/v1/tenants/${tenantId}/staff/${holderOf('tax')}/time-off/leave`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
        body: JSON.stringify({ hallId, date, from: '14:00', to: '16:00', ...body }),
      });
    const refused = await leave({});
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { code: string; proposals: { candidates: string[] }[] };
    expect(problem.code).toBe('leave_needs_cover');
    expect(problem.proposals[0]?.candidates).toEqual([holderOf('tax', 'b')]);
    const taken = await leave({ coverStaffId: holderOf('tax', 'b') });
    expect(taken.status).toBe(200);
    const body = (await taken.json()) as { balanceMinutes: number; violations: { windowId?: string }[] };
    expect(body.violations.filter((v) => v.windowId === 'tax')).toEqual([]);
    expect(body.balanceMinutes).toBeGreaterThanOrEqual(0);
  });
});
