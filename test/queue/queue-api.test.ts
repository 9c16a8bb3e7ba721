import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness, storeBooking } from '../booking/support/booking-harness.js';
import { HALL, json, outboxEvents, post, staffHeaders, T } from './queue-support.js';

/*
 * The hall's day through the API on DynamoDB Local: a kiosk ticket called, accepted and completed at
 * window B02 and confirmed by the applicant; a booking checked in by its code and served; and every
 * refusal (wrong role, wrong tenant, wrong window, illegal change).
 */

let h: BookingHarness;
let b02: Record<string, string>;
let b11: Record<string, string>;
let desk: Record<string, string>;

beforeAll(async () => {
  // Tuesday 1 December 2026, a working day, 10:00 in Zaozhuang.
  h = await bookingHarness('queue-api', '2026-12-01T10:00:00+08:00');
  b02 = await staffHeaders(h, `${T}-b02-a`, ['window']);
  b11 = await staffHeaders(h, `${T}-b11-a`, ['window']);
  desk = await staffHeaders(h, `${T}-desk`, ['desk']);
});
afterAll(() => h.close());

const issue = (body: unknown) => post(h, `/v1/tenants/${T}/halls/${HALL}/tickets`, body);
const act = (code: string, body: unknown, headers = b02) =>
  post(h, `/v1/tenants/${T}/tickets/${code}/actions`, body, headers);
const callNext = (windowId: string, headers: Record<string, string>) =>
  post(h, `/v1/tenants/${T}/windows/${windowId}/call-next`, {}, headers);

describe('a walk-in from the kiosk to the applicant’s confirmation', () => {
  it('issues, calls, accepts, completes and confirms, keeping the trail and writing each event', async () => {
    h.setNow('2026-12-01T10:00:00+08:00');
    const issued = await issue({ categoryId: 'approval-bureau', phone: '13912345678' });
    expect(issued.status).toBe(201);
    const ticket = await json<{ code: string; number: string; ahead: number; status: string }>(issued);
    expect(ticket.number).toMatch(/^A\d{3}$/);
    expect(ticket.status).toBe('queued');
    expect(JSON.stringify(ticket)).not.toContain('13912345678');

    h.setNow('2026-12-01T10:05:00+08:00');
    const called = await callNext('b02', b02);
    expect(called.status).toBe(200);
    expect(await json(called)).toMatchObject({
      code: ticket.code,
      status: 'called',
      windowId: 'b02',
      calls: 1,
    });

    const board = await h.app.request(`/v1/tenants/${T}/halls/${HALL}/board`);
    const view = await json<{ calls: { number: string; windowCode: string }[] }>(board);
    expect(view.calls[0]).toMatchObject({
      number: ticket.number,
      windowCode: expect.stringContaining('B02'),
    });
    const again = await h.app.request(`/v1/tenants/${T}/halls/${HALL}/board`, {
      headers: { 'if-none-match': board.headers.get('etag')! },
    });
    expect(again.status).toBe(304);

    h.setNow('2026-12-01T10:07:00+08:00');
    expect((await act(ticket.code, { action: 'accept', matterId: 'company-registration' })).status).toBe(200);
    h.setNow('2026-12-01T12:20:00+08:00');
    const done = await act(ticket.code, {
      action: 'complete',
      outcome: { kind: 'completed' },
      handler2: `${T}-b02-b`,
    });
    expect(done.status).toBe(200);
    const record = await json<{
      record: Record<string, unknown>;
      history: { action: string; actor: string }[];
    }>(done);
    expect(record.record).toMatchObject({
      calledAt: '2026-12-01T10:05:00+08:00',
      acceptedAt: '2026-12-01T10:07:00+08:00',
      completedAt: '2026-12-01T12:20:00+08:00',
      handler1: `${T}-b02-a`,
      handler2: `${T}-b02-b`,
      acceptanceMinutes: 15,
      acceptedInTime: true,
      outcome: { kind: 'completed' },
    });
    // Zaozhuang's working day breaks for lunch after 12:00: served into it.
    expect((record.record.flags as { lunch: boolean }).lunch).toBe(true);
    expect(record.history.map((c) => c.action)).toEqual(['issued', 'called', 'accepted', 'completed']);

    h.setNow('2026-12-01T12:22:00+08:00');
    const confirm = await post(h, `/v1/tenants/${T}/queue-tickets/${ticket.code}/confirmation`, {});
    expect(confirm.status).toBe(200);
    expect(await json(confirm)).toMatchObject({
      confirmedAt: '2026-12-01T12:22:00+08:00',
      status: 'finished',
    });
    const twice = await post(h, `/v1/tenants/${T}/queue-tickets/${ticket.code}/confirmation`, {});
    expect(twice.status).toBe(409);
    expect(await json(twice)).toMatchObject({ code: 'confirmation_refused' });

    const types = (await outboxEvents(h)).filter((e) => e.subject.id === ticket.code).map((e) => e.type);
    expect(types).toEqual([
      'ticket.issued',
      'ticket.called',
      'service-record.accepted',
      'service-record.completed',
      'service-record.confirmed',
    ]);
    const events = JSON.stringify(await outboxEvents(h));
    expect(events).not.toContain('13912345678');
    expect(events).not.toContain('5678');
  });
});

describe('a booking checked in by its code', () => {
  it('joins its window’s queue as an appointment, is called and completes the booking', async () => {
    h.setNow('2026-12-01T13:40:00+08:00');
    const code = await storeBooking(h, {
      tenantId: T,
      hallId: HALL,
      matterId: 'company-registration',
      windowIds: ['b02'],
      slotMinutes: 30,
      start: '2026-12-01T14:00:00+08:00',
      phone: '13800001111',
      limit: 5,
    });
    const checkIn = await post(
      h,
      `/v1/tenants/${T}/check-ins`,
      { code: `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`.toLowerCase() },
      desk,
    );
    expect(checkIn.status).toBe(201);
    const ticket = await json<{ code: string; kind: string; phoneMasked: string; number: string }>(checkIn);
    expect(ticket).toMatchObject({ code, kind: 'appointment', phoneMasked: '138****1111' });
    const rescan = await post(h, `/v1/tenants/${T}/check-ins`, { code }, desk);
    expect(await json(rescan)).toMatchObject({ code, number: ticket.number });

    // Not callable before 13:58 (2 minutes before its time).
    expect((await callNext('b02', b02)).status).toBe(409);
    h.setNow('2026-12-01T13:58:00+08:00');
    expect(await json(await callNext('b02', b02))).toMatchObject({ code, status: 'called' });
    expect((await act(code, { action: 'accept' })).status).toBe(200);
    h.setNow('2026-12-01T14:10:00+08:00');
    const done = await act(code, {
      action: 'complete',
      outcome: { kind: 'missing-materials', materials: ['营业执照副本', '法定代表人身份证'] },
    });
    expect(await json(done)).toMatchObject({ record: { flags: { appointment: true, lunch: false } } });
    const booking = await h.store.getBooking(T, code);
    expect(booking?.booking.status).toBe('completed');
    expect(booking?.booking.history.map((x) => x.action)).toEqual(['created', 'checked-in', 'completed']);
    // Check-in writes both events in one transaction at one instant: compare them as a set.
    // The outbox lists events by time, and those of one instant by id: compare each instant as a set.
    const types = (await outboxEvents(h)).filter((e) => e.subject.id === code).map((e) => e.type);
    expect(types.slice(0, 3).sort()).toEqual(['booking.checked-in', 'booking.created', 'ticket.issued']);
    expect(types.slice(3).sort()).toEqual([
      'service-record.accepted',
      'service-record.completed',
      'ticket.called',
    ]);
  });

  it('refuses a booking of another day', async () => {
    h.setNow('2026-12-01T14:20:00+08:00');
    const code = await storeBooking(h, {
      tenantId: T,
      hallId: HALL,
      matterId: 'company-registration',
      windowIds: ['b02'],
      slotMinutes: 30,
      start: '2026-12-02T10:00:00+08:00',
      phone: '13800002222',
      limit: 5,
    });
    const res = await post(h, `/v1/tenants/${T}/check-ins`, { code }, desk);
    expect(res.status).toBe(409);
    expect(await json(res)).toMatchObject({ code: 'check_in_refused' });
  });
});

describe('calling rules and refusals', () => {
  it('recalls up to three times, then marks missed; refuses illegal changes', async () => {
    h.setNow('2026-12-01T15:00:00+08:00');
    const t = await json<{ code: string }>(await issue({ categoryId: 'approval-bureau' }));
    expect(await json(await callNext('b02', b02))).toMatchObject({ code: t.code });
    expect(await json(await act(t.code, { action: 'miss' }))).toMatchObject({ code: 'too_few_calls' });
    expect((await act(t.code, { action: 'recall' })).status).toBe(200);
    expect((await act(t.code, { action: 'recall' })).status).toBe(200);
    const fourth = await act(t.code, { action: 'recall' });
    expect(fourth.status).toBe(409);
    expect(await json(fourth)).toMatchObject({ code: 'max_calls_reached', calls: 3, maxCalls: 3 });
    expect(await json(await act(t.code, { action: 'miss' }))).toMatchObject({ status: 'missed' });
    const illegal = await act(t.code, { action: 'accept' });
    expect(illegal.status).toBe(409);
    expect(await json(illegal)).toMatchObject({ code: 'ticket_state_invalid' });
  });

  it('parks, requeues with the cool-down, and transfers keeping the number and the first handler', async () => {
    h.setNow('2026-12-01T15:10:00+08:00');
    const t = await json<{ code: string; number: string }>(await issue({ categoryId: 'approval-bureau' }));
    await callNext('b02', b02);
    expect(await json(await act(t.code, { action: 'park', note: '缺身份证复印件' }))).toMatchObject({
      status: 'parked',
    });
    expect(await json(await act(t.code, { action: 'requeue' }))).toMatchObject({ status: 'queued' });
    expect((await callNext('b02', b02)).status).toBe(409); // cool-down: nothing else waits
    h.setNow('2026-12-01T15:16:00+08:00');
    expect(await json(await callNext('b02', b02))).toMatchObject({ code: t.code, calls: 2 });
    const moved = await act(t.code, { action: 'transfer', windowId: 'b11' });
    expect(await json(moved)).toMatchObject({
      number: t.number,
      windowIds: ['b11'],
      handlers: [`${T}-b02-a`],
      status: 'queued',
    });
    // Now B11 holds it; B02 may no longer act on it.
    expect(await json(await act(t.code, { action: 'park' }))).toMatchObject({ code: 'not_your_window' });
    expect(await json(await callNext('b11', b11))).toMatchObject({ code: t.code, windowId: 'b11' });
    const trail = await json<{ history: { action: string; actor: string }[] }>(
      await h.app.request(`/v1/tenants/${T}/tickets/${t.code}`, { headers: b11 }),
    );
    expect(trail.history.map((x) => `${x.action}:${x.actor}`)).toEqual([
      'issued:citizen',
      `called:${T}-b02-a`,
      `parked:${T}-b02-a`,
      `requeued:${T}-b02-a`,
      `called:${T}-b02-a`,
      `transferred:${T}-b02-a`,
      `called:${T}-b11-a`,
    ]);
  });

  it('calls priority tickets first', async () => {
    h.setNow('2026-12-01T15:30:00+08:00');
    const normal = await json<{ code: string }>(await issue({ categoryId: 'approval-bureau' }));
    h.setNow('2026-12-01T15:31:00+08:00');
    const priority = await json<{ code: string }>(
      await issue({ categoryId: 'approval-bureau', priority: true }),
    );
    expect(await json(await callNext('b02', b02))).toMatchObject({ code: priority.code, priority: true });
    expect(await json(await callNext('b02', b02))).toMatchObject({ code: normal.code });
  });

  it('refuses another window’s staff, another tenant’s token, a citizen without token, and a hall past closing', async () => {
    h.setNow('2026-12-01T15:40:00+08:00');
    await issue({ categoryId: 'approval-bureau' });
    const notMine = await callNext('b02', b11);
    expect(notMine.status).toBe(403);
    expect(await json(notMine)).toMatchObject({ code: 'not_your_window' });
    const zibo = await h.token({ sub: 'zibo-window', role: 'window', tenantId: 'zibo' });
    const otherTenant = await callNext('b02', { authorization: `Bearer ${zibo}` });
    expect(otherTenant.status).toBe(403);
    expect((await callNext('b02', {})).status).toBe(401);
    const deskCalls = await callNext('b02', desk);
    expect(await json(deskCalls)).toMatchObject({ code: 'not_your_window' });
    h.setNow('2026-12-01T18:30:00+08:00');
    b02 = await staffHeaders(h, `${T}-b02-a`, ['window']); // a fresh token at this hour
    const late = await issue({ categoryId: 'approval-bureau' });
    expect(late.status).toBe(422);
    expect(await json(late)).toMatchObject({ code: 'hall_closed' });
    // 延时服务: past closing the waiting ticket is still called, and the screen says so.
    const queueRes = await h.app.request(`/v1/tenants/${T}/windows/b02/queue`, { headers: b02 });
    const queue = await json<{ extended: boolean; waiting: unknown[] }>(queueRes);
    expect(queue.extended).toBe(true);
    expect(queue.waiting.length).toBeGreaterThan(0);
    expect((await callNext('b02', b02)).status).toBe(200);
  });
});

describe('what the queue costs in DynamoDB requests', () => {
  it('reads a window’s queue with one Query, and calls next with one Query and one transaction', async () => {
    h.setNow('2026-12-01T16:00:00+08:00');
    const headers = await staffHeaders(h, `${T}-b02-a`, ['window']);
    await issue({ categoryId: 'approval-bureau' });
    // The configuration's head and the national schedules' head are small GetItems on every request.
    await h.app.request(`/v1/tenants/${T}/windows/b02/queue`, { headers });
    h.resetCommands();
    expect((await h.app.request(`/v1/tenants/${T}/windows/b02/queue`, { headers })).status).toBe(200);
    expect(h.commands.filter((c) => !c.startsWith('Get'))).toEqual(['QueryCommand']);
    h.resetCommands();
    expect((await callNext('b02', headers)).status).toBe(200);
    expect(h.commands.filter((c) => !c.startsWith('Get'))).toEqual([
      'QueryCommand',
      'TransactWriteItemsCommand',
    ]);
  });
});

describe('the window screen', () => {
  it('lists the window’s bookings still not checked in 30 minutes after their start, phone masked', async () => {
    h.setNow('2026-12-01T16:05:00+08:00');
    const code = await storeBooking(h, {
      tenantId: T,
      hallId: HALL,
      matterId: 'company-registration',
      windowIds: ['b02'],
      slotMinutes: 30,
      start: '2026-12-01T16:30:00+08:00',
      phone: '13800003333',
      limit: 5,
    });
    const token = await h.token({ sub: `${T}-b02-a`, role: 'window', tenantId: T });
    const page = () =>
      h.app.request(`http://localhost/t/${T}/staff/windows/b02`, {
        headers: { cookie: `oh_staff=${token}` },
      });
    h.setNow('2026-12-01T16:59:00+08:00');
    expect(await (await page()).text()).not.toContain(code);
    h.setNow('2026-12-01T17:00:00+08:00');
    const html = await (await page()).text();
    expect(html).toContain('迟到未签到的预约');
    expect(html).toContain(code);
    expect(html).toContain('138****3333');
    expect(html).not.toContain('13800003333');
  });
});

describe('rating a served ticket (好差评 of the hall’s service record)', () => {
  it('lets the applicant rate a completed walk-in once, and a 差评 opens a follow-up for its window’s department', async () => {
    h.setNow('2026-12-01T14:00:00+08:00');
    // A token issued at this hour: earlier tests moved the clock past the first ones' life.
    const w = await staffHeaders(h, `${T}-b02-a`, ['window']);
    const ticket = await json<{ code: string }>(await issue({ categoryId: 'approval-bureau' }));
    const notYet = await post(h, `/v1/tenants/${T}/ratings/${ticket.code}`, { level: 'dissatisfied' });
    expect(notYet.status).toBe(404);
    await callNext('b02', w);
    h.setNow('2026-12-01T14:03:00+08:00');
    await act(ticket.code, { action: 'accept', matterId: 'company-registration' }, w);
    h.setNow('2026-12-01T14:20:00+08:00');
    expect((await act(ticket.code, { action: 'complete', outcome: { kind: 'completed' } }, w)).status).toBe(
      200,
    );

    const rated = await post(h, `/v1/tenants/${T}/ratings/${ticket.code}`, { level: 'dissatisfied' });
    expect(rated.status).toBe(201);
    expect(await json(rated)).toMatchObject({ level: 'dissatisfied', followUpOpened: true });
    const view = await json<Record<string, unknown>>(
      await h.app.request(`/v1/tenants/${T}/ratings/${ticket.code}`),
    );
    expect(view).toMatchObject({ rated: true, windowId: 'b02', completedAt: '2026-12-01T14:20:00+08:00' });
    expect(String(view.departmentId)).toContain('approval');
    expect(JSON.stringify(view)).not.toContain('b02-a');
    const twice = await post(h, `/v1/tenants/${T}/ratings/${ticket.code}`, { level: 'satisfied' });
    expect(twice.status).toBe(409);
  });
});
