import { rolesOf, staffIdOf } from '@openhall/domain';
import type { StaffCaller } from '@openhall/services';
import type { Context } from 'hono';
import type { AuthEnv } from '../../auth/authenticate.js';

/** The signed-in member of the tenant (the staff groups admit only tenant staff). */
export function callerOf(c: Context<AuthEnv>): StaffCaller {
  const principal = c.get('principal');
  if (!('tenantId' in principal)) throw new Error('a staff route was reached without a staff principal');
  return { id: staffIdOf(principal), roles: rolesOf(principal) };
}
