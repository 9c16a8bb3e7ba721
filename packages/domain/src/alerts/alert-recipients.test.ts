import { describe, expect, it } from 'vitest';
import { type StaffMember, StaffMemberSchema } from '../staff/staff-member.js';
import { alertRecipients, sectionManagersOf } from './alert-recipients.js';
import { staffAlertId } from './staff-alert-item.js';

const member = (m: Partial<StaffMember> & { id: string }): StaffMember =>
  StaffMemberSchema.parse({ name: '张三', departmentId: 'tax', roles: ['window'], ...m });

const staff = [
  member({ id: 'manager', departmentId: 'service', roles: ['section-manager'] }),
  member({ id: 'old-manager', departmentId: 'service', roles: ['section-manager'], retired: true }),
  member({ id: 'tax-lead', departmentId: 'tax', roles: ['section-manager', 'window'] }),
  member({ id: 'b02-a', windowIds: ['b02'] }),
  member({ id: 'b02-b', windowIds: ['b02'] }),
  member({ id: 'c01-a', departmentId: 'market', windowIds: ['c01'] }),
  member({ id: 'gone', windowIds: ['b02'], retired: true }),
];

describe('alertRecipients', () => {
  it.each([
    ['its owner while serving', { staffId: 'c01-a' }, ['c01-a']],
    ['the holders of its window', { windowId: 'b02' }, ['b02-a', 'b02-b']],
    [
      'the window holders and every section manager',
      { windowId: 'b02', sectionManagers: true },
      ['b02-a', 'b02-b', 'manager', 'tax-lead'],
    ],
    ['the department’s section managers', { departmentId: 'tax' }, ['tax-lead']],
    ['the whole department when it has no manager', { departmentId: 'market' }, ['c01-a']],
    ['the department when its owner retired', { staffId: 'gone', departmentId: 'market' }, ['c01-a']],
    ['the section managers when nobody owns it', { staffId: 'nobody' }, ['manager', 'tax-lead']],
    ['the section managers when a window has no holder', { windowId: 'z99' }, ['manager', 'tax-lead']],
  ])('goes to %s', (_, owner, expected) => {
    expect(alertRecipients(staff, owner)).toEqual(expected);
  });

  it('never lists a retired member, and names each member once', () => {
    const ids = alertRecipients(staff, { windowId: 'b02', sectionManagers: true, departmentId: 'tax' });
    expect(ids).not.toContain('gone');
    expect(ids).not.toContain('old-manager');
    expect(new Set(ids).size).toBe(ids.length);
    expect(sectionManagersOf(staff).map((s) => s.id)).toEqual(['manager', 'tax-lead']);
  });
});

describe('staffAlertId', () => {
  it('is the item and its stage; a late booking also its start', () => {
    expect(staffAlertId('complaint', 'C1', 'near', '2026-03-03T17:00:00+08:00')).toBe('complaint.C1.near');
    expect(staffAlertId('complaint', 'C1', 'past', '2026-03-03T17:00:00+08:00')).toBe('complaint.C1.past');
    expect(staffAlertId('late-booking', 'K7', 'late', '2026-03-03T09:00:00+08:00')).toBe(
      'late-booking.K7.late.202603030900',
    );
  });
});

describe('StaffMemberSchema phone', () => {
  it('keeps a member’s mobile normalised, and refuses what is not one', () => {
    expect(member({ id: 'xy', phone: '+86 139-1234-5678' }).phone).toBe('13912345678');
    expect(() => member({ id: 'xy', phone: '0533-2512345' })).toThrow();
    expect(member({ id: 'xy' }).phone).toBeUndefined();
  });
});
