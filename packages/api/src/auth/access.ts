import type { Role } from '@openhall/domain';
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HttpError } from '../http/http-error.js';
import { type AuthEnv, authenticate } from './authenticate.js';
import { requireTenantRole } from './authorize.js';
import type { TokenVerifier } from './token-verifier.js';

/** Roles a tenant's own staff hold; a provincial office and the platform operator belong to no tenant. */
export type TenantRole = Exclude<Role, 'provincial-office' | 'platform-operator'>;

/**
 * Who may call a group of routes: anyone, or a signed-in principal the rule admits for the
 * request's path parameters (it throws 403 otherwise).
 */
export type Access =
  | { readonly public: true }
  | {
      readonly public: false;
      admit(principal: AuthEnv['Variables']['principal'], params: Record<string, string>): void;
    };

export const PUBLIC: Access = { public: true };

/** Staff holding one of `roles` for the tenant in the path (`tenantId`): never another tenant's. */
export function tenantRoles(...roles: TenantRole[]): Access {
  return {
    public: false,
    admit: (principal, params) => requireTenantRole(principal, params.tenantId, roles),
  };
}

/** The platform operator, who belongs to no district: never a tenant's staff. */
export function platformOperator(): Access {
  return {
    public: false,
    admit: (principal) => {
      if (principal.role !== 'platform-operator') {
        throw new HttpError(403, 'forbidden', 'Only the platform operator may do that.', {});
      }
    },
  };
}

/**
 * A provincial office, for its own province only (`province` in the path): never another
 * province's, never a district's staff. It reads reports; it holds no tenant.
 */
export function provincialOffice(): Access {
  return {
    public: false,
    admit: (principal, params) => {
      if (principal.role !== 'provincial-office' || principal.province !== params.province) {
        throw new HttpError(
          403,
          'forbidden',
          `This account may not read the reports of "${params.province}".`,
          {},
        );
      }
    },
  };
}

/**
 * Authenticates (401) and admits (403) before anything else of a route runs, its validation
 * included, and puts the principal on the context for the handler.
 */
export function guard(
  verifier: TokenVerifier,
  access: Extract<Access, { public: false }>,
): MiddlewareHandler<AuthEnv> {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const principal = await authenticate(verifier, c.req.header('authorization'));
    access.admit(principal, c.req.param());
    c.set('principal', principal);
    await next();
  });
}
