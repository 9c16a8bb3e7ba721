import type { Hono } from 'hono';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { forbidden, registerConfigForm } from '../form-kit/config-form.js';
import { FORM_KIT_CSS } from '../form-kit/form-kit.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffPaths } from '../staff-paths.js';
import { bookingPolicyForm } from './booking-policy-form.js';
import { consoleWords } from './console-i18n.js';
import { type ConsoleCollection, consolePaths } from './console-paths.js';
import { hallForm, lunarForm, openingForm } from './hall-forms.js';
import { departmentForm, matterForm, windowForm } from './item-forms.js';
import { staffingRulesForm } from './staffing-rules-form.js';

const COLLECTIONS: ConsoleCollection[] = ['halls', 'departments', 'windows', 'matters'];

/**
 * The configuration part of the admin console (district admin): an index, a list per kind of
 * item, and a form per item, per hall's hours and lunar periods, and for the booking policy.
 */
export function registerConsolePages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/admin/config', async (c) => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(c.get('staff'), 'district-admin')) return forbidden(c, ctx);
    const w = consoleWords[ctx.locale];
    return renderStaffPage(c, ctx, {
      title: w.title,
      session: c.get('staff'),
      body: (
        <>
          <p>
            <a href={staffPaths.admin(ctx.tenantId)}>
              {ctx.locale === 'zh' ? '返回管理控制台' : 'Back to the console'}
            </a>
          </p>
          <h1>{w.title}</h1>
          <p>{w.intro}</p>
          <ul class="console-links">
            {COLLECTIONS.map((k) => (
              <li>
                <a class="btn" href={consolePaths.list(ctx.tenantId, k)}>
                  {w.sections[k]}（{(ctx.config[k] as unknown[]).length}）
                </a>
              </li>
            ))}
            <li>
              <a class="btn" href={consolePaths.bookingPolicy(ctx.tenantId)}>
                {w.sections.bookingPolicy}
              </a>
            </li>
            <li>
              <a class="btn" href={consolePaths.staffingRules(ctx.tenantId)}>
                {w.sections.staffingRules}
              </a>
            </li>
          </ul>
        </>
      ),
    });
  });

  for (const collection of COLLECTIONS) {
    staff.get(`/:tenantId/staff/admin/config/${collection}`, async (c) => {
      const ctx = await pageContext(c, deps);
      if (!ctx) return c.notFound();
      if (!holds(c.get('staff'), 'district-admin')) return forbidden(c, ctx);
      const w = consoleWords[ctx.locale];
      const { config } = ctx;
      const removed = c.req.query('removed');
      const items = config[collection] as {
        id: string;
        name: { zh: string; en: string };
        retired?: boolean;
      }[];
      const details = (id: string): string => {
        if (collection === 'windows') {
          const x = config.windows.find((i) => i.id === id)!;
          return `${x.code} · ${config.halls.find((h) => h.id === x.hallId)?.name[ctx.locale] ?? x.hallId}`;
        }
        if (collection === 'matters') {
          const m = config.matters.find((i) => i.id === id)!;
          const codes = m.windowIds.map((wid) => config.windows.find((x) => x.id === wid)?.code ?? wid);
          return `${m.category} · ${codes.join('、')} · ${w.list.materialsOf(m.materials.length)}`;
        }
        if (collection === 'halls') {
          return w.list.windowsOf(config.windows.filter((x) => x.hallId === id).length);
        }
        return w.list.windowsOf(config.windows.filter((x) => x.departmentId === id).length);
      };
      return renderStaffPage(c, ctx, {
        title: w.sections[collection],
        session: c.get('staff'),
        css: FORM_KIT_CSS,
        body: (
          <>
            <p>
              <a href={consolePaths.index(ctx.tenantId)}>{w.back}</a>
            </p>
            <h1>{w.sections[collection]}</h1>
            {removed ? (
              <p class="ok" role="status">
                {w.list.removed(removed)}
              </p>
            ) : null}
            <p>
              <a class="btn" href={consolePaths.item(ctx.tenantId, collection, 'new')}>
                {w.add}
              </a>
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{w.list.name}</th>
                  <th scope="col">{w.list.code}</th>
                  <th scope="col">{w.list.details}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr data-item-id={i.id}>
                    <td>
                      <a href={consolePaths.item(ctx.tenantId, collection, i.id)}>{i.name[ctx.locale]}</a>
                      {i.retired ? ` (${w.retired})` : ''}
                      {collection === 'halls' ? (
                        <>
                          {' · '}
                          <a href={consolePaths.opening(ctx.tenantId, i.id)}>{w.hall.opening}</a>
                          {' · '}
                          <a href={consolePaths.lunar(ctx.tenantId, i.id)}>{w.hall.lunar}</a>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <code>{i.id}</code>
                    </td>
                    <td>{details(i.id)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ),
      });
    });
  }

  // The sub-forms of a hall before the hall's own form, so `/halls/x/opening` is never read as an item.
  for (const form of [
    openingForm,
    lunarForm,
    hallForm,
    departmentForm,
    windowForm,
    matterForm,
    bookingPolicyForm,
    staffingRulesForm,
  ]) {
    registerConfigForm(staff, deps, form);
  }
}
