import {
  type Principal,
  rolesOf,
  type StaffMember,
  type StaffPrincipal,
  type StaffRole,
  staffIdOf,
  type TenantConfig,
} from '@openhall/domain';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loadTenantConfig } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { staffCookiePath, staffPaths } from '../staff-paths.js';

/** The cookie holding a signed-in staff member's token (HttpOnly, SameSite=Lax, Secure over HTTPS). */
export const STAFF_COOKIE = 'oh_staff';

/** Who is signed in on a staff page: the verified token, its member in the directory, every role. */
export interface StaffSession {
  principal: StaffPrincipal;
  member: StaffMember;
  roles: readonly StaffRole[];
  config: TenantConfig;
}

export type StaffEnv = { Variables: { staff: StaffSession } };

/** Keeps the token for this tenant's staff pages only, as long as the token itself is valid. */
export function setStaffCookie(c: Context, tenantId: string, token: string, maxAgeSeconds: number): void {
  setCookie(c, STAFF_COOKIE, token, {
    path: staffCookiePath(tenantId),
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: Math.max(60, Math.floor(maxAgeSeconds)),
  });
}

export function clearStaffCookie(c: Context, tenantId: string): void {
  deleteCookie(c, STAFF_COOKIE, { path: staffCookiePath(tenantId) });
}

/** The member a principal speaks for in this tenant's directory; a retired member no longer signs in. */
export function memberOf(config: TenantConfig, principal: Principal): StaffMember | undefined {
  if (!('tenantId' in principal) || principal.tenantId !== config.tenant.id) return undefined;
  const id = staffIdOf(principal);
  return config.staff.find((s) => s.id === id && !s.retired);
}

/**
 * The guard of every staff page: a valid token of this very tenant, for a member of its directory.
 * Anyone else is sent to the sign-in page (which says why when they were signed in elsewhere).
 * Registered before the pages themselves, so a staff page cannot be left open.
 */
export function requireStaff(deps: PagesDeps): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const tenantId = c.req.param('tenantId') ?? '';
    const config = await loadTenantConfig(deps, tenantId);
    if (!config) return c.notFound();
    const token = getCookie(c, STAFF_COOKIE);
    const principal = token ? await deps.verifier.verify(token).catch(() => undefined) : undefined;
    const member = principal ? memberOf(config, principal) : undefined;
    if (!principal || !member || !('tenantId' in principal)) {
      const here = new URL(c.req.url);
      const next = c.req.method === 'GET' ? here.pathname + here.search : undefined;
      return c.redirect(staffPaths.signIn(tenantId, next), 303);
    }
    c.set('staff', { principal, member, roles: rolesOf(principal), config });
    await next();
  };
}

/** True when the signed-in member holds one of `roles`. */
export function holds(session: StaffSession, ...roles: StaffRole[]): boolean {
  return session.roles.some((r) => roles.includes(r));
}
