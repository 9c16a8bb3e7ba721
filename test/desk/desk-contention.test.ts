import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';
import { ADMIN, call, HANDLER, MANAGER, outboxEvents, recordAtDesk, ZIBO } from './desk-support.js';

const NOW = '2026-09-29T10:00:00+08:00';
const base = `/v1/tenants/${ZIBO}`;

let h: BookingHarness;
beforeAll(async () => {
  h = await bookingHarness('desk-contention', NOW);
});
afterAll(() => h.close());

/** Bookings recorded at the desk on distinct holiday slots, one applicant each. */
async function requests(n: number, from = 0): Promise<string[]> {
  const codes: string[] = [];
  for (let i = from; i < from + n; i++) {
    const start = `2026-10-0${2 + (i % 5)}T${String(9 + Math.floor(i / 5)).padStart(2, '0')}:00:00+08:00`;
    const res = await recordAtDesk(h, start, {
      applicant: { name: '测试申请人', phone: `1390000${String(1000 + i)}` },
    });
    expect(res.status).toBe(201);
    codes.push((await res.json()).code);
  }
  return codes;
}

describe('on DynamoDB Local, concurrent steps of one request land once', () => {
  it('two managers dispatching one request at the same moment: one dispatch, the other 409 already_dispatched', async () => {
    const codes = await requests(6);
    for (const code of codes) {
      const [a, b] = await Promise.all([
        call(h, MANAGER, 'POST', `${base}/staff-bookings/${code}/dispatch`, {
          leadWindowId: 'market-access-1',
        }),
        call(h, ADMIN, 'POST', `${base}/staff-bookings/${code}/dispatch`, {
          leadWindowId: 'market-access-1',
          cooperatingWindowIds: ['construction-1'],
        }),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect((await loser.json()).code).toBe('already_dispatched');
      const stored = await (await call(h, MANAGER, 'GET', `${base}/staff-bookings/${code}`)).json();
      expect(stored.history.filter((e: { action: string }) => e.action === 'dispatched')).toHaveLength(1);
    }
    const events = await outboxEvents(h);
    for (const code of codes) {
      expect(events.filter((e) => e.type === 'booking.dispatched' && e.data.code === code)).toHaveLength(1);
    }
    const queue = await (await call(h, MANAGER, 'GET', `${base}/dispatch/queue`)).json();
    expect(queue.bookings.filter((b: { code: string }) => codes.includes(b.code))).toEqual([]);
  });

  it('a sign-for sent twice at once: one signature, the other 409 already_signed_for', async () => {
    const codes = await requests(4, 10);
    for (const code of codes) {
      const d = await call(h, MANAGER, 'POST', `${base}/staff-bookings/${code}/dispatch`, {
        leadWindowId: 'market-access-1',
      });
      expect(d.status).toBe(200);
      const both = await Promise.all([
        call(h, HANDLER, 'POST', `${base}/staff-bookings/${code}/sign-for`),
        call(h, HANDLER, 'POST', `${base}/staff-bookings/${code}/sign-for`),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = both.find((r) => r.status === 409)!;
      expect((await loser.json()).code).toBe('already_signed_for');
      const stored = await (await call(h, HANDLER, 'GET', `${base}/staff-bookings/${code}`)).json();
      expect(stored.history.filter((e: { action: string }) => e.action === 'signed-for')).toHaveLength(1);
    }
    const events = await outboxEvents(h);
    for (const code of codes) {
      expect(events.filter((e) => e.type === 'booking.signed-for' && e.data.code === code)).toHaveLength(1);
    }
  });
});
