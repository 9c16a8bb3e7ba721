import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';
import {
  ADMIN,
  BOAI_ADMIN,
  COOPERATOR,
  call,
  DESK,
  HALL,
  HANDLER,
  MANAGER,
  outboxEvents,
  recordAtDesk,
  ZIBO,
} from './desk-support.js';

// Tuesday 29 September 2026, a working day in the desk-phone hours, before the National Day holiday (1-7 October).
const WORKING_DAY_MORNING = '2026-09-29T10:00:00+08:00';
const HOLIDAY_SLOT = '2026-10-02T09:00:00+08:00';

let h: BookingHarness;
beforeAll(async () => {
  h = await bookingHarness('desk-flow', WORKING_DAY_MORNING);
});
afterAll(() => h.close());

const base = `/v1/tenants/${ZIBO}`;

describe('the desk records a phone request and the hall handles it (Zibo 预约服务登记表)', () => {
  it('walks a holiday phone booking from the desk to dispatch, sign-for, contact, notice and reconfirmation', async () => {
    h.setNow(WORKING_DAY_MORNING);
    const recorded = await recordAtDesk(h, HOLIDAY_SLOT);
    expect(recorded.status).toBe(201);
    const booking = await recorded.json();
    expect(booking).toMatchObject({
      channel: 'phone',
      status: 'booked',
      applicant: { organisation: '淄博示例科技有限公司', phone: '13912345678' },
      registration: { requestedTime: '国庆假期第二天上午', recordedBy: 'zibo-desk' },
      handling: { state: 'new' },
    });
    expect(booking.history[0]).toMatchObject({ action: 'created', actor: 'zibo-desk', channel: 'phone' });

    const today = await (await call(h, DESK, 'GET', `${base}/desk/bookings?date=2026-09-29`)).json();
    expect(today.bookings.map((b: { code: string }) => b.code)).toContain(booking.code);
    const queue = await (await call(h, MANAGER, 'GET', `${base}/dispatch/queue`)).json();
    expect(queue.bookings.map((b: { code: string }) => b.code)).toContain(booking.code);

    // The window cannot sign for what was not dispatched to it yet.
    const early = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/sign-for`);
    expect(early.status).toBe(409);
    expect((await early.json()).code).toBe('not_dispatched');

    const dispatched = await call(h, MANAGER, 'POST', `${base}/staff-bookings/${booking.code}/dispatch`, {
      leadWindowId: 'market-access-1',
      cooperatingWindowIds: ['construction-1'],
    });
    expect(dispatched.status).toBe(200);
    expect((await dispatched.json()).handling).toMatchObject({
      state: 'dispatched',
      leadWindowId: 'market-access-1',
      cooperatingWindowIds: ['construction-1'],
      dispatchedBy: 'zibo-section-manager',
    });
    const after = await (await call(h, MANAGER, 'GET', `${base}/dispatch/queue`)).json();
    expect(after.bookings.map((b: { code: string }) => b.code)).not.toContain(booking.code);

    // Lead and cooperating windows both see it on the holiday; a window sees only its own list.
    for (const [who, windowId] of [
      [HANDLER, 'market-access-1'],
      [COOPERATOR, 'construction-1'],
    ] as const) {
      const list = await (
        await call(h, who, 'GET', `${base}/windows/${windowId}/bookings?date=2026-10-02`)
      ).json();
      expect(list.bookings.map((b: { code: string }) => b.code)).toEqual([booking.code]);
    }
    const notHers = await call(
      h,
      COOPERATOR,
      'GET',
      `${base}/windows/market-access-1/bookings?date=2026-10-02`,
    );
    expect(notHers.status).toBe(403);
    expect((await notHers.json()).code).toBe('not_your_window');

    // Only the lead window signs for it.
    const wrong = await call(h, COOPERATOR, 'POST', `${base}/staff-bookings/${booking.code}/sign-for`);
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).code).toBe('not_your_window');
    const signed = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/sign-for`);
    expect(signed.status).toBe(200);

    const contacted = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/contacts`, {
      reached: true,
      note: '已电话联系申请人',
    });
    expect(contacted.status).toBe(200);
    const noticed = await call(h, COOPERATOR, 'POST', `${base}/staff-bookings/${booking.code}/notice`);
    expect(noticed.status).toBe(200);
    const notice = (await noticed.json()).handling.notice;
    expect(notice.by).toBe('zibo-construction-1-a');
    expect(notice.materials.length).toBe(booking.notice.matter.materials.length);
    const again = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/notice`);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('notice_already_sent');
    const reconfirmed = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/reconfirm`);
    expect(reconfirmed.status).toBe(200);
    const final = await reconfirmed.json();
    expect(final.handling.reconfirmed).toMatchObject({ by: 'zibo-market-access-1-a', start: HOLIDAY_SLOT });

    // The trail: who and when for every step.
    expect(final.history.map((e: { action: string; actor: string }) => `${e.action}:${e.actor}`)).toEqual([
      'created:zibo-desk',
      'dispatched:zibo-section-manager',
      'signed-for:zibo-market-access-1-a',
      'contacted:zibo-market-access-1-a',
      'notice-sent:zibo-construction-1-a',
      'reconfirmed:zibo-market-access-1-a',
    ]);
    for (const e of final.history) expect(e.at).toMatch(/^2026-09-29T10:00:00\+08:00$/);

    // The events, in the same writes, carry ids and facts only.
    const events = (await outboxEvents(h)).filter((e) => e.data.code === booking.code);
    expect(events.map((e) => e.type).sort()).toEqual(
      [
        'booking.contacted',
        'booking.created',
        'booking.dispatched',
        'booking.notice-sent',
        'booking.reconfirmed',
        'booking.signed-for',
      ].sort(),
    );
    expect(JSON.stringify(events)).not.toContain('13912345678');
    expect(JSON.stringify(events)).not.toContain('周海宁');

    // The department's ledger shows it, masked.
    const ledger = await (
      await call(
        h,
        HANDLER,
        'GET',
        `${base}/ledger?departmentId=approval-bureau&date=2026-10-02&channel=phone`,
      )
    ).json();
    const row = ledger.bookings.find((b: { code: string }) => b.code === booking.code);
    expect(row.applicant.phone).toBe('139****5678');
    expect(ledger.counts.booked).toBeGreaterThanOrEqual(1);
  });

  it('refuses a phone request outside the desk-phone hours', async () => {
    h.setNow('2026-09-29T12:30:00+08:00');
    const res = await recordAtDesk(h, '2026-10-03T09:00:00+08:00');
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe('desk_phone_closed');
  });

  it('refuses a holiday slot once today is no longer a working day before the holiday', async () => {
    // The phone answering on any day here, so only the holiday window can refuse.
    await h.editConfig(ZIBO, (config) => {
      config.bookingPolicy.deskPhone.workingDaysOnly = false;
    });
    try {
      h.setNow('2026-10-01T10:00:00+08:00');
      const res = await recordAtDesk(h, '2026-10-03T10:00:00+08:00');
      expect(res.status).toBe(422);
      expect((await res.json()).code).toBe('holiday_booking_window_closed');
    } finally {
      await h.editConfig(ZIBO, (config) => {
        config.bookingPolicy.deskPhone.workingDaysOnly = true;
      });
    }
  });

  it('admits each step to its roles and its tenant only', async () => {
    h.setNow(WORKING_DAY_MORNING);
    const byWindow = await recordAtDesk(h, '2026-10-04T09:00:00+08:00', {}, HANDLER);
    expect(byWindow.status).toBe(403);
    const booking = await (await recordAtDesk(h, '2026-10-04T09:00:00+08:00')).json();
    for (const who of [DESK, HANDLER]) {
      const res = await call(h, who, 'POST', `${base}/staff-bookings/${booking.code}/dispatch`, {
        leadWindowId: 'market-access-1',
      });
      expect(res.status).toBe(403);
    }
    const otherTenant = await call(h, BOAI_ADMIN, 'GET', `${base}/dispatch/queue`);
    expect(otherTenant.status).toBe(403);
    // Another tenant's admin asking its own tenant for Zibo's code finds nothing.
    const foreign = await call(h, BOAI_ADMIN, 'GET', `/v1/tenants/boai/staff-bookings/${booking.code}`);
    expect(foreign.status).toBe(404);
    const unknownWindow = await call(h, ADMIN, 'POST', `${base}/staff-bookings/${booking.code}/dispatch`, {
      leadWindowId: 'construction-1',
    });
    expect(unknownWindow.status).toBe(422);
    expect((await unknownWindow.json()).code).toBe('window_not_serving_matter');
  });
});

describe('lateness (Zibo: 30 minutes)', () => {
  it('lists a booking not checked in 30 minutes after its start, records the contact and closes it when the applicant gives up', async () => {
    h.setNow('2026-09-29T10:00:00+08:00');
    const booking = await (
      await recordAtDesk(h, '2026-09-29T15:00:00+08:00', {
        channel: 'desk',
        applicant: { name: '吴可心', phone: '13700001111' },
      })
    ).json();
    h.setNow('2026-09-29T15:29:00+08:00');
    const notYet = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/late-contacts`, {
      reached: true,
      gaveUp: true,
    });
    expect(notYet.status).toBe(422);
    expect((await notYet.json()).code).toBe('not_late');
    let late = await (
      await call(h, HANDLER, 'GET', `${base}/late-bookings?hallId=${HALL}&date=2026-09-29`)
    ).json();
    expect(late.bookings.map((b: { code: string }) => b.code)).not.toContain(booking.code);

    h.setNow('2026-09-29T15:30:00+08:00');
    late = await (
      await call(
        h,
        HANDLER,
        'GET',
        `${base}/late-bookings?hallId=${HALL}&date=2026-09-29&windowId=market-access-1`,
      )
    ).json();
    expect(late.bookings.map((b: { code: string }) => b.code)).toContain(booking.code);
    expect(late.bookings.find((b: { code: string }) => b.code === booking.code).applicant.phone).toBe(
      '13700001111',
    );
    // Another window's member sees the hall's late list with the phone masked.
    const seenByOther = await (
      await call(h, COOPERATOR, 'GET', `${base}/late-bookings?hallId=${HALL}&date=2026-09-29`)
    ).json();
    expect(seenByOther.bookings.find((b: { code: string }) => b.code === booking.code).applicant.phone).toBe(
      '137****1111',
    );
    const reachedOnly = await call(
      h,
      HANDLER,
      'POST',
      `${base}/staff-bookings/${booking.code}/late-contacts`,
      {
        reached: false,
        note: '无人接听',
      },
    );
    expect((await reachedOnly.json()).status).toBe('booked');
    const gaveUp = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/late-contacts`, {
      reached: true,
      note: '申请人表示不再前来',
      gaveUp: true,
    });
    const closed = await gaveUp.json();
    expect(closed.status).toBe('no-show');
    expect(closed.lateContacts).toHaveLength(2);
    expect(closed.history.at(-1)).toMatchObject({ action: 'no-show', actor: 'zibo-market-access-1-a' });
    const events = (await outboxEvents(h)).filter((e) => e.data.code === booking.code).map((e) => e.type);
    expect(events).toContain('booking.no-show');
  });
});

describe('staff-initiated change', () => {
  it('refuses a change that would reach the applicant less than 12 hours ahead, unless force majeure, and applies it only on approval', async () => {
    h.setNow('2026-09-29T10:00:00+08:00');
    const booking = await (
      await recordAtDesk(h, '2026-09-29T14:00:00+08:00', {
        channel: 'desk',
        applicant: { name: '郑嘉树', phone: '13600002222' },
      })
    ).json();
    const tooLate = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/change-requests`, {
      kind: 'reschedule',
      start: '2026-09-29T16:00:00+08:00',
      reason: '窗口临时停电',
    });
    expect(tooLate.status).toBe(422);
    expect((await tooLate.json()).code).toBe('staff_change_notice_too_late');

    const asked = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/change-requests`, {
      kind: 'reschedule',
      start: '2026-09-29T16:00:00+08:00',
      reason: '窗口临时停电',
      forceMajeure: true,
    });
    expect(asked.status).toBe(200);
    expect((await asked.json()).start).toBe('2026-09-29T14:00:00+08:00');
    // The window cannot approve its own request.
    const self = await call(
      h,
      HANDLER,
      'POST',
      `${base}/staff-bookings/${booking.code}/change-requests/decision`,
      {
        approve: true,
      },
    );
    expect(self.status).toBe(403);
    const approved = await call(
      h,
      MANAGER,
      'POST',
      `${base}/staff-bookings/${booking.code}/change-requests/decision`,
      {
        approve: true,
      },
    );
    expect(approved.status).toBe(200);
    const moved = await approved.json();
    expect(moved.start).toBe('2026-09-29T16:00:00+08:00');
    expect(moved.staffChanges.at(-1)).toMatchObject({
      state: 'approved',
      reason: '窗口临时停电',
      forceMajeure: true,
      decidedBy: 'zibo-section-manager',
      previous: { start: '2026-09-29T14:00:00+08:00' },
    });
    expect(moved.history.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'change-requested',
      'rescheduled',
      'change-approved',
    ]);
    const twice = await call(
      h,
      MANAGER,
      'POST',
      `${base}/staff-bookings/${booking.code}/change-requests/decision`,
      {
        approve: true,
      },
    );
    expect(twice.status).toBe(409);
    expect((await twice.json()).code).toBe('no_pending_change');
  });

  it('cancels on approval when asked in time, and refuses an approval that would now come too late', async () => {
    h.setNow('2026-09-29T10:00:00+08:00');
    const booking = await (
      await recordAtDesk(h, '2026-10-05T09:00:00+08:00', {
        applicant: { name: '冯景明', phone: '13500003333' },
      })
    ).json();
    const asked = await call(h, HANDLER, 'POST', `${base}/staff-bookings/${booking.code}/change-requests`, {
      kind: 'cancel',
      reason: '申请人材料需补正，经协商取消',
    });
    expect(asked.status).toBe(200);
    // The manager decides only on 4 October at 22:00, 11 hours before: too late to reach the applicant.
    h.setNow('2026-10-04T22:00:00+08:00');
    const late = await call(
      h,
      MANAGER,
      'POST',
      `${base}/staff-bookings/${booking.code}/change-requests/decision`,
      {
        approve: true,
      },
    );
    expect(late.status).toBe(422);
    expect((await late.json()).code).toBe('staff_change_notice_too_late');
    h.setNow('2026-09-30T10:00:00+08:00');
    const ok = await call(
      h,
      MANAGER,
      'POST',
      `${base}/staff-bookings/${booking.code}/change-requests/decision`,
      {
        approve: true,
      },
    );
    expect(ok.status).toBe(200);
    expect((await ok.json()).status).toBe('cancelled');
  });
});
