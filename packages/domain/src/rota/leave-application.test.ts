import { describe, expect, it } from 'vitest';
import {
  LeaveApplicationClosedError,
  LeaveApplicationInputSchema,
  LeaveApplicationNotYoursError,
  LeaveApplicationOwnDecisionError,
  LeaveRefusalReasonMissingError,
  leaveMinutes,
  leaveOf,
  moveLeaveApplication,
  newLeaveApplication,
} from './leave-application.js';

const body = LeaveApplicationInputSchema.parse({
  hallId: 'hall',
  date: '2026-12-08',
  from: '14:00',
  to: '16:30',
  coverStaffId: 'bb',
  reason: '家中有事',
});
const at = '2026-12-01T09:00:00+08:00';
const fresh = () => newLeaveApplication({ id: 'r1', staffId: 'a', body, at });

describe('a leave request (调休申请)', () => {
  it('starts requested at version 1 with its requester on the trail, and asks its stretch', () => {
    const a = fresh();
    expect(a).toMatchObject({ state: 'requested', version: 1, trail: [{ state: 'requested', at, by: 'a' }] });
    expect(leaveMinutes(a)).toBe(150);
    expect(leaveOf(a)).toEqual({
      hallId: 'hall',
      date: '2026-12-08',
      from: '14:00',
      to: '16:30',
      coverStaffId: 'bb',
    });
  });

  it('refuses a stretch that ends before it starts, a blank reason and a bad date, each at its field', () => {
    const r = LeaveApplicationInputSchema.safeParse({
      ...body,
      from: '16:00',
      to: '09:00',
      reason: '  ',
      date: '2026-02-30',
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('/'));
    expect(paths).toEqual(expect.arrayContaining(['reason', 'date']));
  });

  it('moves one step on: approved by a manager, refused with a reason, withdrawn by its requester', () => {
    const approved = moveLeaveApplication(fresh(), { to: 'approved', at, by: 'm' });
    expect(approved).toMatchObject({ state: 'approved', version: 2 });
    expect(approved.trail.at(-1)).toEqual({ state: 'approved', at, by: 'm' });
    const refused = moveLeaveApplication(fresh(), { to: 'refused', at, by: 'm', reason: ' 人手不足 ' });
    expect(refused.trail.at(-1)).toEqual({ state: 'refused', at, by: 'm', reason: '人手不足' });
    expect(moveLeaveApplication(fresh(), { to: 'withdrawn', at, by: 'a' }).state).toBe('withdrawn');
  });

  it('never moves a closed request, nor lets the wrong person act', () => {
    for (const to of ['approved', 'refused', 'withdrawn'] as const) {
      const closed = moveLeaveApplication(fresh(), { to: 'withdrawn', at, by: 'a' });
      expect(() =>
        moveLeaveApplication(closed, { to, at, by: to === 'withdrawn' ? 'a' : 'm', reason: 'x' }),
      ).toThrow(LeaveApplicationClosedError);
    }
    expect(() => moveLeaveApplication(fresh(), { to: 'withdrawn', at, by: 'm' })).toThrow(
      LeaveApplicationNotYoursError,
    );
    expect(() => moveLeaveApplication(fresh(), { to: 'approved', at, by: 'a' })).toThrow(
      LeaveApplicationOwnDecisionError,
    );
    expect(() => moveLeaveApplication(fresh(), { to: 'refused', at, by: 'm', reason: ' ' })).toThrow(
      LeaveRefusalReasonMissingError,
    );
  });
});
