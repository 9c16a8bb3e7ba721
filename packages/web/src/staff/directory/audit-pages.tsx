import type { Context, Hono } from 'hono';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { staffPaths } from '../staff-paths.js';
import { directoryWords } from './directory-i18n.js';

const PAGE = 20;

function shown(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** 修改记录: the configuration's audit trail, newest first, with each changed path before and after. */
export function registerAuditPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/admin/audit', async (c: Context<StaffEnv>) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    const w = directoryWords[ctx.locale].audit;
    if (!holds(session, 'district-admin')) {
      const f = staffWords[ctx.locale].forbidden;
      return renderStaffPage(c, ctx, { title: f.title, session, status: 403, body: <h1>{f.title}</h1> });
    }
    const before = Number(c.req.query('before'));
    const entries = await deps.configStore.listAudit(ctx.tenantId, {
      limit: PAGE,
      ...(Number.isInteger(before) && before > 1 ? { before } : {}),
    });
    const nameOf = (id: string) => ctx.config.staff.find((s) => s.id === id)?.name ?? id;
    const oldest = entries.at(-1)?.version;
    return renderStaffPage(c, ctx, {
      title: w.title,
      session,
      body: (
        <>
          <h1>{w.title}</h1>
          <table>
            <thead>
              <tr>
                <th scope="col">{w.version}</th>
                <th scope="col">{w.when}</th>
                <th scope="col">{w.who}</th>
                <th scope="col">{w.what}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr data-version={e.version}>
                  <td>{e.version}</td>
                  <td>{e.at}</td>
                  <td>{nameOf(e.actor)}</td>
                  <td>
                    <p>{e.action}</p>
                    <ul>
                      {e.changes.map((x) => (
                        <li>
                          <code>{x.path}</code> {w.ops[x.op]}: {shown(x.oldValue)} → {shown(x.newValue)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {oldest && oldest > 1 && entries.length === PAGE ? (
            <p>
              <a href={`${staffPaths.admin(ctx.tenantId)}/audit?before=${oldest}`}>{w.older}</a>
            </p>
          ) : null}
        </>
      ),
    });
  });
}
