import type { Handler } from 'hono';
import { pick } from '../../i18n/locale.js';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { alertWords } from '../alerts/alert-i18n.js';
import { alertPaths } from '../alerts/alert-pages.js';
import { careStaffWords } from '../care/care-staff-i18n.js';
import { leaveWords } from '../leave/leave-i18n.js';
import { leavePaths } from '../leave/leave-pages.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { staffPaths } from '../staff-paths.js';

/** The staff home: the pages this member's roles open, their windows first. */
export function showStaffHome(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    const w = staffWords[ctx.locale];
    const t = ctx.tenantId;
    // A member whose only role is `window` works at their window: the home sends them there, unless
    // they asked for the list of their pages (the window screen's link to the home does).
    const first = session.member.windowIds[0];
    if (first && session.roles.every((r) => r === 'window') && c.req.query('menu') === undefined)
      return c.redirect(staffPaths.window(t, first), 303);
    const windows = session.member.windowIds
      .map((id) => session.config.windows.find((win) => win.id === id))
      .filter((win) => win !== undefined);
    // The badge: one read of the member's own open alerts.
    const open = deps.alerts ? (await deps.alerts.open(t, session.member.id)).length : undefined;
    const links: { href: string; label: string }[] = [
      ...(open === undefined ? [] : [{ href: alertPaths.list(t), label: alertWords[ctx.locale].link(open) }]),
      ...(holds(session, 'window')
        ? windows.flatMap((win) => [
            { href: staffPaths.window(t, win.id), label: w.consoles.window(win.code) },
            { href: staffPaths.windowBookings(t, win.id), label: w.consoles.windowBookings(win.code) },
          ])
        : []),
      ...(holds(session, 'desk', 'section-manager', 'district-admin')
        ? [{ href: staffPaths.desk(t), label: w.consoles.desk }]
        : []),
      ...(holds(session, 'section-manager', 'district-admin')
        ? [{ href: staffPaths.dispatch(t), label: w.consoles.dispatch }]
        : []),
      { href: staffPaths.ledger(t), label: w.consoles.ledger },
      { href: staffPaths.care(t), label: careStaffWords[ctx.locale].homeLink },
      { href: leavePaths.mine(t), label: leaveWords[ctx.locale].mine.homeLink },
      ...(holds(session, 'section-manager')
        ? [{ href: leavePaths.review(t), label: leaveWords[ctx.locale].review.homeLink }]
        : []),
      ...(holds(session, 'section-manager', 'district-admin')
        ? [{ href: staffPaths.reports(t), label: w.consoles.reports }]
        : []),
      // Section managers plan the rota there too.
      ...(holds(session, 'district-admin', 'section-manager')
        ? [{ href: staffPaths.admin(t), label: w.consoles.admin }]
        : []),
    ];
    const department = session.config.departments.find((d) => d.id === session.member.departmentId);
    return renderStaffPage(c, ctx, {
      title: w.home.title,
      session,
      body: (
        <>
          <h1>{w.home.title}</h1>
          <p>
            {session.member.name} ·{' '}
            {department ? pick(department.name, ctx.locale) : session.member.departmentId}
          </p>
          <h2>{w.home.consoles}</h2>
          <ul class="console-links">
            {links.map((l) => (
              <li>
                <a class="btn" href={l.href}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ),
    });
  };
}
