import type { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { PagesDeps } from '../pages-deps.js';
import { registerAlertPages } from './alerts/alert-pages.js';
import { registerCalendarPages } from './calendar/calendar-pages.js';
import { registerCareStaffPages } from './care/care-staff-pages.js';
import { registerConsolePages } from './console/console-pages.js';
import { registerDeskPages } from './desk/register-desk-pages.js';
import { registerAuditPages } from './directory/audit-pages.js';
import { registerDirectoryPages } from './directory/directory-pages.js';
import { showStaffHome } from './home/staff-home-route.js';
import { registerLeavePages } from './leave/leave-pages.js';
import { registerWindowPages } from './queue/window-pages.js';
import { registerDistrictReportPages } from './reports/district-report-pages.js';
import { registerRotaPages } from './rota/rota-pages.js';
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
  registerRotaPages(staff, deps);
  registerDirectoryPages(staff, deps);
  registerAuditPages(staff, deps);
  registerCalendarPages(staff, deps);
  registerConsolePages(staff, deps);
  registerDeskPages(staff, deps);
  registerCareStaffPages(staff, deps);
  registerWindowPages(staff, deps);
  registerDistrictReportPages(staff, deps);
  registerAlertPages(staff, deps);
  registerLeavePages(staff, deps);
}
