import { describe, expect, it } from 'vitest';
import { HandlingError, StaffChangeNoticeTooLateError } from './desk-errors.js';
import { deskBooking, leadHandler, manager, taxHandler } from './desk-test-booking.js';
import {
  assertStaffChangeInTime,
  decideStaffChange,
  pendingChange,
  requestStaffChange,
} from './staff-change.js';

const policy = { staffChangeNoticeHours: 12 };
const booking = deskBooking('2026-10-02T09:00:00+08:00');
const ask = {
  kind: 'reschedule' as const,
  start: '2026-10-03T09:00:00+08:00',
  reason: '窗口设备检修',
  forceMajeure: false,
};

describe('the staff change notice rule (Zibo: 12 hours)', () => {
  it.each([
    ['12 hours ahead', '2026-10-01T21:00:00+08:00', false, true],
    ['a minute less than 12 hours ahead', '2026-10-01T21:01:00+08:00', false, false],
    ['an hour ahead with force majeure', '2026-10-02T08:00:00+08:00', true, true],
  ])('%s', (_what, now, forceMajeure, inTime) => {
    const check = () => assertStaffChangeInTime(policy, booking, { forceMajeure }, new Date(now));
    if (inTime) expect(check).not.toThrow();
    else expect(check).toThrow(StaffChangeNoticeTooLateError);
  });
});

describe('a staff change', () => {
  const now = new Date('2026-09-29T10:00:00+08:00');

  it('waits for the section manager, one at a time', () => {
    const step = requestStaffChange(booking, policy, {
      staff: leadHandler,
      ask,
      windowIds: ['market-access-1'],
      now,
    });
    expect(pendingChange(step.after)).toMatchObject({
      kind: 'reschedule',
      start: ask.start,
      state: 'pending',
      requestedBy: 'ma-a',
    });
    expect(step.after.start).toBe(booking.start);
    expect(() =>
      requestStaffChange(step.after, policy, {
        staff: leadHandler,
        ask,
        windowIds: ['market-access-1'],
        now,
      }),
    ).toThrow(HandlingError);
  });

  it('is asked only by the booking’s windows', () => {
    expect(() =>
      requestStaffChange(booking, policy, { staff: taxHandler, ask, windowIds: ['market-access-1'], now }),
    ).toThrow(expect.objectContaining({ code: 'not_your_window' }));
  });

  it('keeps the decision with the new time, the reason and the slot it moved from', () => {
    const asked = requestStaffChange(booking, policy, {
      staff: leadHandler,
      ask,
      windowIds: ['market-access-1'],
      now,
    }).after;
    const moved = { ...asked, start: ask.start };
    const previous = { start: booking.start, end: booking.end };
    const step = decideStaffChange(moved, { approve: true, staff: manager, now, previous });
    expect(step.after.staffChanges?.at(-1)).toMatchObject({
      state: 'approved',
      decidedBy: 'mgr',
      previous,
      reason: ask.reason,
    });
    expect(step.after.history.at(-1)).toMatchObject({
      action: 'change-approved',
      actor: 'mgr',
      previous,
      reason: ask.reason,
    });
    expect(pendingChange(step.after)).toBeUndefined();
    expect(() => decideStaffChange(step.after, { approve: false, staff: manager, now })).toThrow(
      expect.objectContaining({ code: 'no_pending_change' }),
    );
  });
});
