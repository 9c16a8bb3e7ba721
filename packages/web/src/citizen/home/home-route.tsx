import { buildCalendar, searchMatters, shanghaiDateOf } from '@openhall/domain';
import { initialsFor } from '@openhall/services';
import type { Context } from 'hono';
import { renderTenantNotFound } from '../../not-found-page.js';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderPage } from '../../render-page.js';
import { HomePage } from './home-page.js';
import { weekAhead } from './week-ahead.js';

/** GET /t/{tenantId}[?q=]: the tenant's home page. */
export function showHome(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    const today = shanghaiDateOf(ctx.now);
    const week = buildCalendar({ config: ctx.config, ...weekAhead(today) });
    const query = (c.req.query('q') ?? '').trim().slice(0, 100);
    const matters = searchMatters(ctx.config, query ? { q: query } : {}, await initialsFor(query));
    return renderPage(c, ctx, {
      title: ctx.t.nav.home,
      cache: 'public',
      body: <HomePage ctx={ctx} week={week} today={today} query={query} matters={matters} />,
    });
  };
}
