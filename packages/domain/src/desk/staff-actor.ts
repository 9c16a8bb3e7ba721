import type { StaffRole } from '../staff/staff-member.js';

/** The member taking a step, as the flow needs them: who, in which roles, serving which windows. */
export interface StaffActor {
  id: string;
  roles: readonly StaffRole[];
  windowIds: readonly string[];
}

/** The section manager and the admin oversee every window; a window member only their own. */
export function oversees(staff: Pick<StaffActor, 'roles'>): boolean {
  return staff.roles.includes('section-manager') || staff.roles.includes('district-admin');
}

/** Whether the member serves one of `windowIds` (or oversees them all). */
export function servesAny(staff: StaffActor, windowIds: readonly (string | undefined)[]): boolean {
  return oversees(staff) || windowIds.some((w) => w !== undefined && staff.windowIds.includes(w));
}
