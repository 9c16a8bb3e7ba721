import type { AbRole, StaffMemberInput, TenantConfigInput } from '@openhall/domain';

/**
 * AB角 of the seeded directory: for every window with seeded `-a` and `-b` holders, A is the `-a`
 * member and B the `-b` member (assumption recorded in ASSUMPTIONS.md; an admin edits them).
 */
export function seedAbRolesOf(config: TenantConfigInput, staff: readonly StaffMemberInput[]): AbRole[] {
  const ids = new Set(staff.map((s) => s.id));
  return config.windows.flatMap((w) => {
    const a = `${config.tenant.id}-${w.id}-a`.slice(0, 64).replace(/-+$/, '');
    const b = `${config.tenant.id}-${w.id}-b`.slice(0, 64).replace(/-+$/, '');
    return ids.has(a) && ids.has(b) ? [{ windowId: w.id, a, b: [b] }] : [];
  });
}
