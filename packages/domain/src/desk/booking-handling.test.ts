import { describe, expect, it } from 'vitest';
import {
  dispatchBooking,
  reconfirmTime,
  recordContact,
  recordLateContact,
  sendOneTimeNotice,
  signForBooking,
  windowsOfBooking,
} from './booking-handling.js';
import { HandlingError } from './desk-errors.js';
import { deskBooking, leadHandler, manager, stranger, taxHandler, windows } from './desk-test-booking.js';

const now = new Date('2026-09-29T11:00:00+08:00');
const config = { windows };
const notice = {
  matter: { id: 'm', name: { zh: '事项', en: 'Matter' }, materials: [{ zh: '身份证', en: 'ID' }] },
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof HandlingError) return error.code;
    throw error;
  }
}

const dispatched = () =>
  dispatchBooking(deskBooking(), config, {
    leadWindowId: 'market-access-1',
    cooperatingWindowIds: ['tax-1', 'market-access-1', 'tax-1'],
    staff: manager,
    now,
  }).after;
const signed = () => signForBooking(dispatched(), { staff: leadHandler, now }).after;

describe('the steps of a desk request', () => {
  it('dispatches a new request to a lead window of its matter and distinct cooperating windows, once', () => {
    const step = dispatchBooking(deskBooking(), config, {
      leadWindowId: 'market-access-1',
      cooperatingWindowIds: ['tax-1', 'market-access-1', 'tax-1'],
      staff: manager,
      now,
    });
    expect(step.after.handling).toMatchObject({
      state: 'dispatched',
      leadWindowId: 'market-access-1',
      cooperatingWindowIds: ['tax-1'],
      dispatchedBy: 'mgr',
      dispatchedAt: '2026-09-29T11:00:00+08:00',
    });
    expect(step.after.history.at(-1)).toMatchObject({ action: 'dispatched', actor: 'mgr' });
    expect(step.event).toEqual({
      type: 'booking.dispatched',
      data: { code: 'K7QXM4RTD', leadWindowId: 'market-access-1', cooperatingWindowIds: ['tax-1'] },
    });
    expect(windowsOfBooking(step.after)).toEqual(['market-access-1', 'tax-1']);
    // The loser of a race re-runs the step on the winner's booking.
    expect(
      codeOf(() =>
        dispatchBooking(step.after, config, {
          leadWindowId: 'market-access-1',
          cooperatingWindowIds: [],
          staff: manager,
          now,
        }),
      ),
    ).toBe('already_dispatched');
  });

  it.each([
    ['a window not serving the matter as lead', 'tax-1', [], 'window_not_serving_matter'],
    ['an unknown window', 'nowhere', [], 'unknown_window'],
    ['a retired cooperating window', 'market-access-1', ['old-1'], 'unknown_window'],
  ])('refuses %s', (_what, lead, cooperating, code) => {
    expect(
      codeOf(() =>
        dispatchBooking(deskBooking(), config, {
          leadWindowId: lead,
          cooperatingWindowIds: cooperating,
          staff: manager,
          now,
        }),
      ),
    ).toBe(code);
  });

  it('refuses to dispatch an online booking or a closed one', () => {
    const { handling: _none, ...online } = deskBooking();
    expect(
      codeOf(() =>
        dispatchBooking({ ...online, channel: 'online' }, config, {
          leadWindowId: 'market-access-1',
          cooperatingWindowIds: [],
          staff: manager,
          now,
        }),
      ),
    ).toBe('not_a_desk_request');
    expect(
      codeOf(() =>
        dispatchBooking(deskBooking(undefined, { status: 'cancelled' }), config, {
          leadWindowId: 'market-access-1',
          cooperatingWindowIds: [],
          staff: manager,
          now,
        }),
      ),
    ).toBe('booking_not_active');
  });

  it('lets only the lead window sign, after dispatch, once', () => {
    expect(codeOf(() => signForBooking(deskBooking(), { staff: leadHandler, now }))).toBe('not_dispatched');
    expect(codeOf(() => signForBooking(dispatched(), { staff: taxHandler, now }))).toBe('not_your_window');
    const after = signed();
    expect(after.handling).toMatchObject({ state: 'signed-for', signedForBy: 'ma-a' });
    expect(codeOf(() => signForBooking(after, { staff: leadHandler, now }))).toBe('already_signed_for');
  });

  it('lets the lead and cooperating windows contact, notify once and reconfirm after sign-for', () => {
    expect(
      codeOf(() => recordContact(dispatched(), { staff: leadHandler, reached: true, note: '', now })),
    ).toBe('not_signed_for');
    expect(codeOf(() => recordContact(signed(), { staff: stranger, reached: true, note: '', now }))).toBe(
      'not_your_window',
    );
    const contacted = recordContact(signed(), {
      staff: taxHandler,
      reached: false,
      note: '无人接听',
      now,
    }).after;
    expect(contacted.handling?.contacts).toEqual([
      { at: '2026-09-29T11:00:00+08:00', by: 'tax-a', reached: false, note: '无人接听' },
    ]);
    const noticed = sendOneTimeNotice(contacted, notice, { staff: leadHandler, now });
    expect(noticed.after.handling?.notice?.materials).toEqual(notice.matter.materials);
    expect(noticed.event.data).toEqual({ code: 'K7QXM4RTD', materialCount: 1 });
    expect(codeOf(() => sendOneTimeNotice(noticed.after, notice, { staff: taxHandler, now }))).toBe(
      'notice_already_sent',
    );
    const reconfirmed = reconfirmTime(noticed.after, { staff: leadHandler, now }).after;
    expect(reconfirmed.handling?.reconfirmed).toEqual({
      at: '2026-09-29T11:00:00+08:00',
      by: 'ma-a',
      start: '2026-10-02T09:00:00+08:00',
    });
    expect(reconfirmed.history.map((e) => e.action)).toEqual([
      'created',
      'dispatched',
      'signed-for',
      'contacted',
      'notice-sent',
      'reconfirmed',
    ]);
  });
});

describe('the lateness contact', () => {
  const policy = { lateLimitMinutes: 30 };
  const booking = deskBooking('2026-09-29T15:00:00+08:00');

  it('is refused before the limit and recorded after it', () => {
    const early = new Date('2026-09-29T15:29:59+08:00');
    expect(
      codeOf(() =>
        recordLateContact(booking, policy, {
          staff: leadHandler,
          reached: true,
          note: '',
          gaveUp: false,
          now: early,
        }),
      ),
    ).toBe('not_late');
    const late = new Date('2026-09-29T15:30:00+08:00');
    const step = recordLateContact(booking, policy, {
      staff: leadHandler,
      reached: true,
      note: '在路上',
      gaveUp: false,
      now: late,
    });
    expect(step.after.status).toBe('booked');
    expect(step.after.lateContacts).toHaveLength(1);
    expect(step.event.type).toBe('booking.contacted');
  });

  it('closes the booking as a no-show when the applicant gives up', () => {
    const late = new Date('2026-09-29T16:00:00+08:00');
    const step = recordLateContact(booking, policy, {
      staff: manager,
      reached: true,
      note: '不来了',
      gaveUp: true,
      now: late,
    });
    expect(step.after.status).toBe('no-show');
    expect(step.after.history.slice(-2).map((e) => e.action)).toEqual(['late-contacted', 'no-show']);
    expect(step.event).toMatchObject({ type: 'booking.no-show', data: { code: 'K7QXM4RTD', gaveUp: true } });
    expect(step.event.data).toMatchObject({ hallId: expect.any(String), matterId: expect.any(String) });
    expect(
      codeOf(() =>
        recordLateContact(step.after, policy, {
          staff: manager,
          reached: true,
          note: '',
          gaveUp: true,
          now: late,
        }),
      ),
    ).toBe('not_late');
  });

  it('is for the booking’s windows only', () => {
    const late = new Date('2026-09-29T16:00:00+08:00');
    expect(
      codeOf(() =>
        recordLateContact(booking, policy, {
          staff: taxHandler,
          reached: true,
          note: '',
          gaveUp: false,
          now: late,
        }),
      ),
    ).toBe('not_your_window');
  });
});
