import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  ipOf,
  phoneOf,
  postBooking,
  postChange,
} from '../booking/support/booking-harness.js';

// A Wednesday in Asia/Shanghai, 10:00; every booking below is on a later working day.
const NOW = '2026-12-02T10:00:00+08:00';
const tenantId = 'zaozhuang-gxq';
const hallId = 'zaozhuang-gxq-hall';
const ADMIN = { sub: 'zaozhuang-district-admin', role: 'district-admin', tenantId } as const;

let h: BookingHarness;
let token: string;
let person = 0;

beforeAll(async () => {
  h = await bookingHarness('stranded-bookings', NOW);
  token = await h.token(ADMIN);
});
afterAll(() => h.close());

/** Books a new person through the citizen API; answers the code and the phone. */
async function book(matterId: string, start: string): Promise<{ code: string; phone: string }> {
  person += 1;
  const phone = phoneOf(person);
  const res = await postBooking(
    h,
    { tenantId, matterId, hallId, start, applicant: { phone } },
    { ip: ipOf(person) },
  );
  expect(res.status).toBe(201);
  return { code: ((await res.json()) as { code: string }).code, phone };
}

/** An admin write, confirmed or not. */
function admin(method: string, path: string, body: unknown, confirm = false) {
  return h.app.request(`/v1/tenants/${tenantId}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(confirm ? { 'x-confirm-stranded': 'true' } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function version(): Promise<number> {
  return (await h.configStore.getConfig(tenantId))!.version;
}

interface StrandedProblem {
  code: string;
  stranded: {
    code: string;
    start: string;
    matterId: string;
    hallId: string;
    windowId: string;
    reason: string;
  }[];
}

/**
 * The change refused with 409 `bookings_stranded` listing exactly `expected` (code and reason),
 * nothing saved; then confirmed: 200, and each listed booking still booked and marked with who,
 * when, why and the version saved.
 */
async function expectStrandedThenConfirmed(
  request: { method: string; path: string; body?: unknown },
  expected: { code: string; reason: string }[],
): Promise<void> {
  const before = await version();
  const refused = await admin(request.method, request.path, request.body);
  expect(refused.status).toBe(409);
  expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await refused.json()) as StrandedProblem;
  expect(problem.code).toBe('bookings_stranded');
  expect(problem.stranded.map((s) => ({ code: s.code, reason: s.reason }))).toEqual(expected);
  expect(JSON.stringify(problem)).not.toMatch(/王小明|139\d{8}/);
  expect(await version()).toBe(before);

  const confirmed = await admin(request.method, request.path, request.body, true);
  expect(confirmed.status).toBe(200);
  expect(await version()).toBe(before + 1);
  for (const { code, reason } of expected) {
    const stored = await h.store.getBooking(tenantId, code);
    expect(stored?.booking.status).toBe('booked');
    expect(stored?.booking.stranded).toEqual({
      reason,
      at: '2026-12-02T10:00:00+08:00',
      by: ADMIN.sub,
      configVersion: before + 1,
    });
    expect(stored?.booking.history.at(-1)).toMatchObject({ action: 'stranded', actor: ADMIN.sub, reason });
  }
}

describe('an admin change that strands active bookings, end to end on DynamoDB Local', () => {
  it('closing a day by a calendar override: 409 with the booking, confirmed 200 and marked', async () => {
    const { code } = await book('company-registration', '2026-12-11T14:00:00+08:00');
    const untouched = await book('company-registration', '2026-12-10T14:00:00+08:00');
    await expectStrandedThenConfirmed(
      {
        method: 'PUT',
        path: '/calendar-overrides/2026-12-11',
        body: { hours: { sessions: [], mode: 'walk-in', noGapLunch: false }, reason: '设备检修' },
      },
      [{ code, reason: 'day_closed' }],
    );
    expect((await h.store.getBooking(tenantId, untouched.code))?.booking.stranded).toBeUndefined();
  });

  it('shortening the hours: the slot they no longer cover is stranded, the others are not', async () => {
    const late = await book('company-registration', '2026-12-14T17:00:00+08:00');
    const kept = await book('company-registration', '2026-12-14T16:00:00+08:00');
    const { config } = (await h.configStore.getConfig(tenantId))!;
    const workday = config.halls[0]!.openingPolicy.workday;
    await expectStrandedThenConfirmed(
      {
        method: 'PATCH',
        path: `/config/halls/${hallId}`,
        body: {
          openingPolicy: {
            workday: { ...workday, sessions: [workday.sessions[0], { from: '13:30', to: '17:00' }] },
          },
        },
      },
      [{ code: late.code, reason: 'outside_hours' }],
    );
    expect((await h.store.getBooking(tenantId, kept.code))?.booking.stranded).toBeUndefined();
  });

  it('deleting a matter with an active booking retires it: not offered, its booking kept and cancellable', async () => {
    const matterId = 'industrial-land-planning-permit';
    const { code, phone } = await book(matterId, '2026-12-15T10:00:00+08:00');
    await expectStrandedThenConfirmed({ method: 'DELETE', path: `/config/matters/${matterId}` }, [
      { code, reason: 'matter_removed' },
    ]);
    const { config } = (await h.configStore.getConfig(tenantId))!;
    expect(config.matters.find((m) => m.id === matterId)?.retired).toBe(true);

    const listed = await h.app.request(`/v1/tenants/${tenantId}/matters`);
    const ids = ((await listed.json()) as { matters: { id: string }[] }).matters.map((m) => m.id);
    expect(ids).not.toContain(matterId);
    expect(ids).toContain('company-registration');

    person += 1;
    const fresh = await postBooking(
      h,
      {
        tenantId,
        matterId,
        hallId,
        start: '2026-12-15T11:00:00+08:00',
        applicant: { phone: phoneOf(person) },
      },
      { ip: ipOf(person) },
    );
    expect(fresh.status).toBe(422);
    expect(((await fresh.json()) as { code: string }).code).toBe('matter_retired');

    const moved = await postChange(h, tenantId, code, 'reschedule', {
      phone,
      start: '2026-12-15T11:00:00+08:00',
    });
    expect(moved.status).toBe(422);
    expect(((await moved.json()) as { code: string }).code).toBe('matter_retired');

    const cancelled = await postChange(h, tenantId, code, 'cancel', { phone });
    expect(cancelled.status).toBe(200);
    expect(((await cancelled.json()) as { status: string }).status).toBe('cancelled');
  });

  it('deleting a matter no active booking needs still deletes it', async () => {
    const res = await admin('DELETE', '/config/matters/invoice-issuing', undefined);
    expect(res.status).toBe(200);
    const { config } = (await h.configStore.getConfig(tenantId))!;
    expect(config.matters.some((m) => m.id === 'invoice-issuing')).toBe(false);
  });

  it('removing a window with an active booking retires it: its booking stranded, no new booking placed there', async () => {
    const { code } = await book('investment-project-filing', '2026-12-16T10:00:00+08:00');
    await expectStrandedThenConfirmed({ method: 'DELETE', path: '/config/windows/b11' }, [
      { code, reason: 'window_removed' },
    ]);
    const { config } = (await h.configStore.getConfig(tenantId))!;
    expect(config.windows.find((w) => w.id === 'b11')?.retired).toBe(true);
    person += 1;
    const fresh = await postBooking(
      h,
      {
        tenantId,
        matterId: 'investment-project-filing',
        hallId,
        start: '2026-12-16T11:00:00+08:00',
        applicant: { phone: phoneOf(person) },
      },
      { ip: ipOf(person) },
    );
    expect(fresh.status).toBe(422);
    expect(((await fresh.json()) as { code: string }).code).toBe('matter_not_in_hall');
  });

  it("lowering a window's people below what is booked strands the later booking, not the first", async () => {
    const first = await book('company-registration', '2026-12-17T10:00:00+08:00');
    // Booked a minute later: the earlier booking keeps the one place left.
    h.setNow('2026-12-02T10:01:00+08:00');
    const second = await book('company-registration', '2026-12-17T10:00:00+08:00');
    h.setNow(NOW);
    await expectStrandedThenConfirmed(
      { method: 'PATCH', path: '/config/windows/b02', body: { staffCount: 1 } },
      [{ code: second.code, reason: 'over_capacity' }],
    );
    expect((await h.store.getBooking(tenantId, first.code))?.booking.stranded).toBeUndefined();
  });

  it('a change that strands nothing is saved without asking', async () => {
    const res = await admin('PATCH', `/config/halls/${hallId}`, { phone: '0632-8355966' });
    expect(res.status).toBe(200);
  });
});
