import type { Context, Hono } from 'hono';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { registerConfigForm } from '../form-kit/config-form.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { directoryWords } from './directory-i18n.js';
import { directoryPaths } from './directory-paths.js';
import { memberForm } from './member-form.js';

export { directoryPaths };

/** The staff directory of the admin console: list, and one form per member (district admin only). */
export function registerDirectoryPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/admin/staff', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin')) return forbidden(c, deps);
    const w = directoryWords[ctx.locale];
    const roles = staffWords[ctx.locale].roles;
    const { config } = ctx;
    return renderStaffPage(c, ctx, {
      title: w.title,
      session,
      body: (
        <>
          <h1>{w.title}</h1>
          <p>
            <a class="btn" href={directoryPaths.member(ctx.tenantId, 'new')}>
              {w.add}
            </a>
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{w.columns.name}</th>
                <th scope="col">{w.columns.department}</th>
                <th scope="col">{w.columns.windows}</th>
                <th scope="col">{w.columns.roles}</th>
                <th scope="col">{w.columns.category}</th>
              </tr>
            </thead>
            <tbody>
              {config.staff.map((m) => (
                <tr data-staff-id={m.id}>
                  <td>
                    <a href={directoryPaths.member(ctx.tenantId, m.id)}>{m.name}</a>
                    {m.retired ? ` (${w.retired})` : ''}
                  </td>
                  <td>
                    {config.departments.find((d) => d.id === m.departmentId)?.name[ctx.locale] ??
                      m.departmentId}
                  </td>
                  <td>
                    {m.windowIds.map((id) => config.windows.find((x) => x.id === id)?.code ?? id).join('、')}
                  </td>
                  <td>{m.roles.map((r) => roles[r]).join('、')}</td>
                  <td>{w.categories[m.category]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    });
  });

  registerConfigForm(staff, deps, memberForm);
}

async function forbidden(c: Context<StaffEnv>, deps: PagesDeps): Promise<Response> {
  const ctx = (await pageContext(c, deps))!;
  const w = staffWords[ctx.locale];
  return renderStaffPage(c, ctx, {
    title: w.forbidden.title,
    session: c.get('staff'),
    status: 403,
    body: (
      <>
        <h1>{w.forbidden.title}</h1>
        <p>{w.forbidden.text}</p>
      </>
    ),
  });
}
