import type { LeaveApplication } from '@openhall/domain';
import { DynamoRotaStore } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';
import { A, B, fullDay, hallId, MANAGER, NOW, tenantId } from './support/leave-scene.js';

let h: BookingHarness;
let member: string;
let colleague: string;
let manager: string;

function call(method: string, path: string, token: string, body?: unknown) {
  return h.app.request(`/v1/tenants/${tenantId}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function roster(date: string) {
  const res = await call('PUT', `/halls/${hallId}/rota-days/${date}`, manager, { assignments: fullDay() });
  expect(res.status, await res.clone().text()).toBe(200);
}

const ask = (date: string, from: string, to: string) =>
  call('POST', '/my-leave-requests', member, { hallId, date, from, to, coverStaffId: B, reason: '家中有事' });

beforeAll(async () => {
  h = await bookingHarness('leave-api', NOW);
  member = await h.token({ sub: A, role: 'window', tenantId });
  colleague = await h.token({ sub: B, role: 'window', tenantId });
  manager = await h.token({ sub: MANAGER, role: 'section-manager', tenantId });
  await new DynamoRotaStore(h.client, h.table.tableName).addTimeOff(tenantId, [
    {
      staffId: A,
      date: '2026-11-28',
      minutes: 8 * 60,
      reason: 'restday',
      compensation: 'leave',
      source: 'rota:seed',
    },
  ]);
});

afterAll(() => h.close());

describe('leave requests through the API on DynamoDB Local', () => {
  it('a member asks, a section manager approves onto the rota and the balance; a second decision is 409', async () => {
    await roster('2026-12-07');
    const asked = await ask('2026-12-07', '09:00', '10:00');
    expect(asked.status).toBe(201);
    const request = (await asked.json()) as LeaveApplication;
    expect(request).toMatchObject({ staffId: A, state: 'requested', coverStaffId: B });

    // The pending list is the managers': a window member is refused it.
    expect((await call('GET', '/leave-requests', member)).status).toBe(403);
    const pending = (await (await call('GET', '/leave-requests', manager)).json()) as {
      requests: LeaveApplication[];
    };
    expect(pending.requests.map((r) => r.id)).toContain(request.id);

    const approved = await call('POST', `/staff/${A}/leave-requests/${request.id}/approve`, manager);
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as LeaveApplication).trail.map((s) => [s.state, s.by])).toEqual([
      ['requested', A],
      ['approved', MANAGER],
    ]);
    const again = await call('POST', `/staff/${A}/leave-requests/${request.id}/approve`, manager);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('leave_request_closed');

    const mine = await call('GET', '/my-time-off', member);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('no-store');
    const body = (await mine.json()) as { balanceMinutes: number; requests: LeaveApplication[] };
    expect(body.balanceMinutes).toBe(8 * 60 - 60);
    expect(body.requests.find((r) => r.id === request.id)?.state).toBe('approved');
    const day = (await (await call('GET', `/halls/${hallId}/rota-days/2026-12-07`, manager)).json()) as {
      rota: { absences: { staffId: string }[] };
    };
    expect(day.rota.absences.map((x) => x.staffId)).toContain(A);
  });

  it('a refusal needs a reason; only the requester can withdraw, and only while it waits', async () => {
    await roster('2026-12-08');
    const one = (await (await ask('2026-12-08', '14:00', '15:00')).json()) as LeaveApplication;
    const noReason = await call('POST', `/staff/${A}/leave-requests/${one.id}/refuse`, manager, {
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(
      '/reason',
    );
    const refused = await call('POST', `/staff/${A}/leave-requests/${one.id}/refuse`, manager, {
      reason: '当天人手不足',
    });
    expect(refused.status).toBe(200);
    expect(((await refused.json()) as LeaveApplication).state).toBe('refused');

    const two = (await (await ask('2026-12-08', '15:00', '16:00')).json()) as LeaveApplication;
    // A colleague's "my" requests are their own: A's request is not there.
    expect((await call('POST', `/my-leave-requests/${two.id}/withdraw`, colleague)).status).toBe(404);
    const withdrawn = await call('POST', `/my-leave-requests/${two.id}/withdraw`, member);
    expect(withdrawn.status).toBe(200);
    expect(((await withdrawn.json()) as LeaveApplication).state).toBe('withdrawn');
    const twice = await call('POST', `/my-leave-requests/${two.id}/withdraw`, member);
    expect(twice.status).toBe(409);
  });

  it('answers every field error of a bad request, and a member cannot approve their own', async () => {
    const bad = await call('POST', '/my-leave-requests', member, {
      hallId,
      date: '12/09',
      from: '10:00',
      to: '09:00',
    });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/date', '/reason']));

    await roster('2026-12-09');
    const own = (await (await ask('2026-12-09', '09:00', '09:30')).json()) as LeaveApplication;
    const selfManager = await h.token({ sub: A, role: 'section-manager', tenantId });
    const decided = await call('POST', `/staff/${A}/leave-requests/${own.id}/approve`, selfManager);
    expect(decided.status).toBe(403);
    expect(((await decided.json()) as { code: string }).code).toBe('leave_request_own');
  });
});
