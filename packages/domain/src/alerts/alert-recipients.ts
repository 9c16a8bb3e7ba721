import type { StaffMember } from '../staff/staff-member.js';
import type { AlertOwner } from './staff-alert-item.js';

const active = (staff: readonly StaffMember[]) => staff.filter((s) => !s.retired);

/** The section managers (科室负责人) still serving. */
export function sectionManagersOf(staff: readonly StaffMember[]): StaffMember[] {
  return active(staff).filter((s) => s.roles.includes('section-manager'));
}

/**
 * The members whose alert list an item goes on: its owner if still serving; else the holders of its
 * window; else its department's section managers, or the whole department when it has none; plus
 * the section managers when asked. An item nobody owns goes to the section managers, so nothing
 * overdue is left on no one's screen. Ids, sorted and unique.
 */
export function alertRecipients(staff: readonly StaffMember[], owner: AlertOwner): string[] {
  const serving = active(staff);
  let owners: StaffMember[] = [];
  const member = owner.staffId ? serving.find((s) => s.id === owner.staffId) : undefined;
  if (member) owners = [member];
  else if (owner.windowId) owners = serving.filter((s) => s.windowIds.includes(owner.windowId as string));
  if (owners.length === 0 && owner.departmentId) {
    const department = serving.filter((s) => s.departmentId === owner.departmentId);
    const managers = department.filter((s) => s.roles.includes('section-manager'));
    owners = managers.length > 0 ? managers : department;
  }
  const managers = owner.sectionManagers || owners.length === 0 ? sectionManagersOf(staff) : [];
  return [...new Set([...owners, ...managers].map((s) => s.id))].sort();
}
