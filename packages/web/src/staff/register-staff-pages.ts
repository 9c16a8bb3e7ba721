import type { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { PagesDeps } from '../pages-deps.js';
import { showStaffHome } from './home/staff-home-route.js';
import { registerDistrictReportPages } from './reports/district-report-pages.js';
import { showSignIn, signInAsMember, signOut } from './session/sign-in-routes.js';
import { requireStaff, type StaffEnv } from './session/staff-session.js';

/**
 * The staff pages under `/t/{tenantId}/staff`. Sign-in and sign-out are open; everything after
 * them passes `requireStaff` first (deny by default: a staff page added below cannot be reached
 * without a valid token of this tenant's directory). Forms are checked against cross-site posts.
 */
export function registerStaffPages(pages: Hono, deps: PagesDeps): void {
  const staff = pages as unknown as Hono<StaffEnv>;
  staff.use('/:tenantId/staff/*', csrf());
  staff.use('/:tenantId/staff', csrf());
  staff.get('/:tenantId/staff/sign-in', showSignIn(deps));
  staff.post('/:tenantId/staff/sign-in', signInAsMember(deps));
  staff.post('/:tenantId/staff/sign-out', signOut(deps));
  staff.use('/:tenantId/staff', requireStaff(deps));
  staff.use('/:tenantId/staff/*', requireStaff(deps));
  staff.get('/:tenantId/staff', showStaffHome(deps));
  // Each staff feature registers its pages here, after the guard.
  registerDistrictReportPages(staff, deps);
}
