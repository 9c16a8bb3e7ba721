import { z } from 'zod';
import { SlugSchema } from '../shared/primitives.js';
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
    role: z.enum(['district-admin', 'desk', 'window', 'section-manager']),
    tenantId: SlugSchema,
  }),
]);
export type Principal = z.infer<typeof PrincipalSchema>;
