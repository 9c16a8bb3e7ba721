import { z } from 'zod';
import { SlugSchema } from '../shared/primitives.js';
import { StaffRoleSchema } from '../staff/staff-member.js';
import { ProvinceSchema } from '../tenant/tenant.js';

/** Roles of people who sign in. Citizens do not sign in: they hold a booking code and phone. */
export const RoleSchema = z
  .enum(['district-admin', 'desk', 'window', 'section-manager', 'provincial-office', 'platform-operator'])
  .meta({ id: 'Role' });
export type Role = z.infer<typeof RoleSchema>;

/** The authenticated actor, from a verified token. Tenant (or province) comes from here, never a body. */
export const PrincipalSchema = z.discriminatedUnion('role', [
  /** Runs the platform (enters the State Council schedule for every tenant); belongs to no district. */
  z.object({ sub: z.string().min(1), role: z.literal('platform-operator') }),
  z.object({ sub: z.string().min(1), role: z.literal('provincial-office'), province: ProvinceSchema }),
  z.object({
    sub: z.string().min(1),
    /** The role the token was issued for; `roles` holds it and any other role the member has. */
    role: StaffRoleSchema,
    tenantId: SlugSchema,
    /** Every role of this member in the tenant (a section manager who also serves at a window). */
    roles: z.array(StaffRoleSchema).min(1).max(4).optional(),
    /** The staff directory id, where the identity provider's subject is opaque; otherwise `sub`. */
    staffId: SlugSchema.optional(),
  }),
]);
export type Principal = z.infer<typeof PrincipalSchema>;

export type StaffPrincipal = Extract<Principal, { tenantId: string }>;

/** Every role a tenant's staff principal holds (the token's role and any others it lists). */
export function rolesOf(principal: StaffPrincipal): readonly StaffPrincipal['role'][] {
  return principal.roles === undefined
    ? [principal.role]
    : [...new Set([principal.role, ...principal.roles])];
}

/** The staff directory id of a staff principal: `staffId` if the token names one, else its subject. */
export function staffIdOf(principal: StaffPrincipal): string {
  return principal.staffId ?? principal.sub;
}
