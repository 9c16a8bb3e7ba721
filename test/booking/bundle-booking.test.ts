import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, staffHeaders } from '../queue/queue-support.js';
import {
  type BookingHarness,
  bookingHarness,
  countersAndBookings,
  ipOf,
  phoneOf,
  postBooking,
  postChange,
  takenAt,
  tally,
} from './support/booking-harness.js';

/*
 * 一件事一次办 on DynamoDB Local: Zaozhuang's "opening a business" bundle (company registration at
 * the approval bureau's B02 leading, invoice issuing at the tax window A9) booked as ONE booking with
 * one time. Its place is taken at the lead window under the ordinary booking rules (never sold twice,
 * whether booked as a bundle or as the lead matter alone), and both windows list it on its day.
 */

const tenantId = 'zaozhuang-gxq';
const hallId = 'zaozhuang-gxq-hall';
const bundleId = 'open-a-business';
const lead = 'company-registration';

let h: BookingHarness;
let a9: Record<string, string>;
let b02: Record<string, string>;

beforeAll(async () => {
  h = await bookingHarness('bundle-booking', '2026-03-02T10:00:00+08:00');
  await h.editConfig(tenantId, (config) => {
    // B02 with 6 people and the seed's 20 % desk/phone holdback: 5 online places per bucket.
    config.windows.find((w) => w.id === 'b02')!.staffCount = 6;
    config.bookingPolicy.rateLimitPerMinute = 10_000;
  });
  a9 = await staffHeaders(h, `${tenantId}-a9-a`, ['window']);
  b02 = await staffHeaders(h, `${tenantId}-b02-a`, ['window']);
});
afterAll(() => h.close());

const windowDay = async (windowId: string, date: string, headers: Record<string, string>) =>
  (
    await json<{ bookings: { code: string }[] }>(
      await h.app.request(`/v1/tenants/${tenantId}/windows/${windowId}/bookings?date=${date}`, { headers }),
    )
  ).bookings.map((b) => b.code);

describe('一件事一次办: a bundle booked as one booking at its lead window', () => {
  it('lists the bundles a hall offers', async () => {
    const res = await h.app.request(`/v1/tenants/${tenantId}/bundles?hallId=${hallId}`);
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      bundles: [{ id: bundleId, leadMatterId: lead, matterIds: [lead, 'invoice-issuing'] }],
    });
    const elsewhere = await json<{ bundles: unknown[] }>(
      await h.app.request(`/v1/tenants/${tenantId}/bundles?hallId=no-such-hall`),
    );
    expect(elsewhere.bundles).toEqual([]);
  });

  it('never sells the lead window’s place twice, to bundle and single-matter bookers racing', async () => {
    const start = '2026-03-03T10:00:00+08:00';
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postBooking(
          h,
          {
            tenantId,
            matterId: lead,
            hallId,
            start,
            applicant: { phone: phoneOf(i) },
            ...(i % 2 === 0 ? { bundleId } : {}),
          } as Parameters<typeof postBooking>[1],
          { ip: ipOf(i) },
        ),
      ),
    );
    expect(await tally(responses)).toEqual({ '201': 5, '409 slot_full': 35 });
    expect(await takenAt(h, { tenantId, hallId, windowId: 'b02' }, start)).toBe(5);
    // The cooperating window's places are not taken: the one time is held at the lead window.
    expect(await takenAt(h, { tenantId, hallId, windowId: 'a9' }, start)).toBe(0);
    const { counters, fromBookings } = await countersAndBookings(h, tenantId, hallId, '2026-03-03');
    expect(counters).toEqual(fromBookings);
    // Every bundle booking that landed is listed under both windows of the bundle that day.
    const landed = (
      await Promise.all(
        responses.map(async (r) =>
          r.status === 201 ? json<{ code: string; bundle?: unknown }>(r.clone()) : undefined,
        ),
      )
    ).filter((b): b is { code: string; bundle?: unknown } => b !== undefined && b.bundle !== undefined);
    const listed = await windowDay('a9', '2026-03-03', a9);
    for (const b of landed) expect(listed).toContain(b.code);
  });

  it('gives the booking to the lead window and the bundle’s other windows, and follows a move', async () => {
    const res = await postBooking(
      h,
      {
        tenantId,
        matterId: lead,
        hallId,
        start: '2026-03-04T09:30:00+08:00',
        applicant: { phone: phoneOf(500) },
        bundleId,
      } as Parameters<typeof postBooking>[1],
      { ip: ipOf(500) },
    );
    expect(res.status).toBe(201);
    const booking = await json<{
      code: string;
      windowId: string;
      bundle: Record<string, unknown>;
      handling: Record<string, unknown>;
    }>(res);
    expect(booking.windowId).toBe('b02');
    expect(booking.bundle).toEqual({
      id: bundleId,
      matterIds: [lead, 'invoice-issuing'],
      leadMatterId: lead,
      windowIds: ['b02', 'a9'],
    });
    expect(booking.handling).toMatchObject({
      state: 'dispatched',
      leadWindowId: 'b02',
      cooperatingWindowIds: ['a9'],
      dispatchedBy: 'citizen',
    });
    expect(await windowDay('a9', '2026-03-04', a9)).toContain(booking.code);
    expect(await windowDay('b02', '2026-03-04', b02)).toContain(booking.code);

    const moved = await postChange(h, tenantId, booking.code, 'reschedule', {
      phone: phoneOf(500),
      start: '2026-03-05T14:00:00+08:00',
    });
    expect(moved.status).toBe(200);
    expect(await windowDay('a9', '2026-03-05', a9)).toContain(booking.code);
    expect(await windowDay('a9', '2026-03-04', a9)).not.toContain(booking.code);
  });

  it('is booked by its lead matter only, and names a bundle that is offered', async () => {
    const base = { tenantId, hallId, start: '2026-03-04T10:00:00+08:00', applicant: { phone: phoneOf(600) } };
    const wrong = await postBooking(h, { ...base, matterId: 'invoice-issuing', bundleId } as never);
    expect(wrong.status).toBe(422);
    expect(await json(wrong)).toMatchObject({ code: 'bundle_lead_matter_required', leadMatterId: lead });
    const unknown = await postBooking(h, { ...base, matterId: lead, bundleId: 'no-such-bundle' } as never);
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toMatchObject({ code: 'bundle_not_found' });
  });

  it('is booked at the desk the same way, given to its windows at once (not waiting for dispatch)', async () => {
    const desk = await staffHeaders(h, `${tenantId}-desk`, ['desk']);
    const res = await h.app.request(`/v1/tenants/${tenantId}/desk/bookings`, {
      method: 'POST',
      headers: { ...desk, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({
        matterId: lead,
        hallId,
        bundleId,
        start: '2026-03-06T10:00:00+08:00',
        channel: 'desk',
        applicant: { name: '王小明', phone: phoneOf(700) },
      }),
    });
    expect(res.status).toBe(201);
    const booking = await json<{ code: string; channel: string; handling: { state: string } }>(res);
    expect(booking).toMatchObject({ channel: 'desk', handling: { state: 'dispatched' } });
    expect(await windowDay('a9', '2026-03-06', a9)).toContain(booking.code);
    const manager = await staffHeaders(h, `${tenantId}-section-manager`, ['section-manager']);
    const queue = await json<{ bookings: { code: string }[] }>(
      await h.app.request(`/v1/tenants/${tenantId}/dispatch/queue`, { headers: manager }),
    );
    expect(queue.bookings.map((b) => b.code)).not.toContain(booking.code);
  });
});
