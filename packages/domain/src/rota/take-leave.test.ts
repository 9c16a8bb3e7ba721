import { describe, expect, it } from 'vitest';
import { at, chengdeLike, staff } from './rota-test-fixtures.js';
import { LeaveBalanceShortError, LeaveNeedsCoverError, planLeave } from './take-leave.js';

const rota = { assignments: [at('tax-a', 'tax')], absences: [] };
const request = { hallId: 'hall-1', date: '2026-12-07', from: '14:00', to: '16:00' };
const base = { rota, staffId: 'tax-a', balanceMinutes: 330, abRoles: chengdeLike.abRoles, staff };

describe('planLeave', () => {
  it('needs cover from a free holder of the window, and names who may', () => {
    const e = (() => {
      try {
        planLeave({ ...base, request });
      } catch (error) {
        return error;
      }
    })();
    expect(e).toBeInstanceOf(LeaveNeedsCoverError);
    expect((e as LeaveNeedsCoverError).proposals[0]?.candidates).toEqual(['tax-b']);
    expect(() => planLeave({ ...base, request: { ...request, coverStaffId: 'ap-a' } })).toThrow(
      LeaveNeedsCoverError,
    );
  });

  it('rosters the cover on the same duty for the stretch and takes the minutes off the balance', () => {
    const { rota: next, entry } = planLeave({ ...base, request: { ...request, coverStaffId: 'tax-b' } });
    expect(next.absences).toEqual([{ staffId: 'tax-a', from: '14:00', to: '16:00', reason: '调休' }]);
    expect(next.assignments.at(-1)).toEqual({
      staffId: 'tax-b',
      duty: 'window',
      windowId: 'tax',
      from: '14:00',
      to: '16:00',
    });
    expect(entry).toMatchObject({ minutes: -120, reason: 'leave-taken', compensation: 'leave' });
  });

  it('refuses leave beyond the balance', () => {
    expect(() =>
      planLeave({ ...base, balanceMinutes: 60, request: { ...request, coverStaffId: 'tax-b' } }),
    ).toThrow(LeaveBalanceShortError);
  });

  it('needs no cover for someone not at a window then', () => {
    const { rota: next } = planLeave({ ...base, staffId: 'ap-a', request });
    expect(next.assignments).toEqual(rota.assignments);
  });
});
