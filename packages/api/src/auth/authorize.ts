import { type Principal, type Role, rolesOf } from '@openhall/domain';
import { HttpError } from '../http/http-error.js';

/** Throws 403 unless the principal holds one of `roles` for this very tenant (none without a tenant: a provincial office, the platform operator). */
export function requireTenantRole(
  principal: Principal,
  tenantId: string | undefined,
  roles: readonly Role[],
): void {
  const ok =
    tenantId !== undefined &&
    'tenantId' in principal &&
    principal.tenantId === tenantId &&
    rolesOf(principal).some((held) => roles.includes(held));
  if (!ok) {
    throw new HttpError(403, 'forbidden', `This account may not do that for tenant "${tenantId}".`, {});
  }
}
