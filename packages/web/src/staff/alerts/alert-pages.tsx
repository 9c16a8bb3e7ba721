import { NotFoundError, type StaffAlertItem } from '@openhall/domain';
import type { StaffAlertUseCases } from '@openhall/services';
import type { Hono } from 'hono';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { careDeskPaths } from '../care/care-desk-pages.js';
import { careStaffPaths } from '../care/care-staff-pages.js';
import { renderStaffPage } from '../render-staff-page.js';
import type { StaffEnv } from '../session/staff-session.js';
import { staffPaths } from '../staff-paths.js';
import { alertWords } from './alert-i18n.js';

export const alertPaths = {
  list: (t: string) => `${staffPaths.home(t)}/alerts`,
  read: (t: string, alertId: string) => `${staffPaths.home(t)}/alerts/${encodeURIComponent(alertId)}/read`,
};

/** Where an alert's item is handled. */
export function alertLink(t: string, a: StaffAlertItem): string {
  switch (a.kind) {
    case 'late-booking':
      return a.windowId ? staffPaths.windowBookings(t, a.windowId) : staffPaths.ledger(t);
    case 'visit':
      return careStaffPaths.visit(t, a.subjectId);
    case 'follow-up':
      return careStaffPaths.followUp(t, a.subjectId);
    case 'complaint':
      return careStaffPaths.complaint(t, a.subjectId);
    case 'case':
      return careDeskPaths.caseFile(t, a.subjectId);
  }
}

/** `12月1日 10:00` of an ISO 8601 +08:00 time. */
const shortTime = (iso: string) =>
  `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`;

function alertsOf(deps: PagesDeps): StaffAlertUseCases | undefined {
  return deps.alerts;
}

/** 我的提醒: the signed-in member's open alerts, each with its link and a button to mark it read. */
export function registerAlertPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/alerts', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    const alerts = alertsOf(deps);
    if (!ctx || !alerts) return c.notFound();
    const w = alertWords[ctx.locale];
    const t = ctx.tenantId;
    const items = await alerts.open(t, session.member.id);
    const done = c.req.query('read') === '1';
    return renderStaffPage(c, ctx, {
      title: w.title,
      session,
      body: (
        <>
          <h1>{w.title}</h1>
          {done ? <p role="status">{w.read}</p> : null}
          <p>{w.intro}</p>
          {items.length === 0 ? (
            <p data-alerts="none">{w.none}</p>
          ) : (
            <table data-alerts={items.length}>
              <thead>
                <tr>
                  <th scope="col">{w.columns.what}</th>
                  <th scope="col">{w.columns.stage}</th>
                  <th scope="col">{w.columns.due}</th>
                  <th scope="col">{w.columns.raised}</th>
                  <th scope="col">{w.columns.action}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => {
                  const what = `${w.kinds[a.kind]} ${a.subjectId}`;
                  return (
                    <tr data-alert-id={a.alertId}>
                      <td>
                        <a href={alertLink(t, a)}>{what}</a>
                      </td>
                      <td>
                        <strong>{w.stages[a.stage]}</strong>
                      </td>
                      <td>
                        {w.dueLabel[a.stage]} {shortTime(a.dueAt)}
                      </td>
                      <td>{shortTime(a.raisedAt)}</td>
                      <td>
                        <form method="post" action={alertPaths.read(t, a.alertId)}>
                          <button type="submit" aria-label={w.markReadOf(what)}>
                            {w.markRead}
                          </button>
                        </form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      ),
    });
  });

  staff.post('/:tenantId/staff/alerts/:alertId/read', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    const alerts = alertsOf(deps);
    if (!ctx || !alerts) return c.notFound();
    try {
      await alerts.markRead(ctx.tenantId, session.member.id, c.req.param('alertId'));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return renderStaffPage(c, ctx, {
        title: alertWords[ctx.locale].title,
        session,
        status: 404,
        body: <p>{alertWords[ctx.locale].notFound}</p>,
      });
    }
    return c.redirect(`${alertPaths.list(ctx.tenantId)}?read=1`, 303);
  });
}
