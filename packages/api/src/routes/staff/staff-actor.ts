import { rolesOf, type StaffPrincipal, staffIdOf } from '@openhall/domain';
import { type CareActor, tenantConfigOf } from '@openhall/services';
import type { ApiDeps } from '../../api-deps.js';

/** The signed-in staff member as the care use cases see them: id, roles and department. */
export async function staffActor(
  deps: Pick<ApiDeps, 'configStore' | 'nationalScheduleStore'>,
  principal: StaffPrincipal,
): Promise<CareActor> {
  const config = await tenantConfigOf(deps, principal.tenantId);
  const staffId = staffIdOf(principal);
  const member = config.staff.find((s) => s.id === staffId);
  return {
    kind: 'staff',
    staffId,
    roles: rolesOf(principal),
    ...(member ? { departmentId: member.departmentId } : {}),
  };
}
