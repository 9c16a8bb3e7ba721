import { calendarDayOf, supportedYears } from '@openhall/domain';
import { loadTenantConfig } from '@openhall/services';
import type { Hono } from 'hono';
import { type PageContext, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { forbidden, registerConfigForm } from '../form-kit/config-form.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { calendarWords } from './calendar-i18n.js';
import { calendarPaths, overrideForm, overrideKey } from './override-form.js';

/** Years (this one and the next) whose State Council schedule is not published: their days are provisional. */
function provisionalYears(ctx: PageContext): number[] {
  const year = Number(ctx.now.toISOString().slice(0, 4));
  const { last } = supportedYears();
  const hallId = ctx.config.halls[0]!.id;
  return [year, year + 1].filter(
    (y) => y <= last && calendarDayOf(ctx.config, hallId, `${y}-12-31`).provisional,
  );
}

/**
 * Calendar overrides of the admin console (district admin): the list with the provisional-year
 * banner, and one form per override through the console's form kit and the configuration's one
 * change path.
 */
export function registerCalendarPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/admin/calendar', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin')) return forbidden(c, ctx);
    const w = calendarWords[ctx.locale];
    const stored = await loadTenantConfig(deps.configStore, ctx.tenantId);
    const overrides = [...stored.config.calendarOverrides].sort((a, b) => a.date.localeCompare(b.date));
    const removed = c.req.query('removed');
    const hallName = (id: string | undefined) =>
      id ? (ctx.config.halls.find((h) => h.id === id)?.name[ctx.locale] ?? id) : w.allHalls;
    return renderStaffPage(c, ctx, {
      title: w.title,
      session,
      body: (
        <>
          <h1>{w.title}</h1>
          {provisionalYears(ctx).map((y) => (
            <p class="notice provisional-banner" role="note">
              {w.provisional(y)}
            </p>
          ))}
          {removed ? (
            <p class="ok" role="status">
              {w.removed(removed)}
            </p>
          ) : null}
          <p>
            <a class="btn" href={calendarPaths.override(ctx.tenantId)}>
              {w.add}
            </a>
          </p>
          <h2>{w.list}</h2>
          {overrides.length === 0 ? (
            <p>{w.none}</p>
          ) : (
            <table>
              <tbody>
                {overrides.map((o) => (
                  <tr data-date={o.date}>
                    <td>
                      <a href={calendarPaths.override(ctx.tenantId, overrideKey(o))}>{o.date}</a>
                    </td>
                    <td>{hallName(o.hallId)}</td>
                    <td>{o.kind ? w.kinds[o.kind] : ''}</td>
                    <td>
                      {o.hours
                        ? o.hours.sessions.length === 0
                          ? w.closed
                          : o.hours.sessions.map((s) => `${s.from}–${s.to}`).join('，')
                        : ''}
                    </td>
                    <td>{o.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ),
    });
  });
  registerConfigForm(staff, deps, overrideForm);
}
