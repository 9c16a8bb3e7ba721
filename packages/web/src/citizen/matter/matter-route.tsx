import type { Context } from 'hono';
import { pick } from '../../i18n/locale.js';
import { renderNotFound, renderTenantNotFound } from '../../not-found-page.js';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderPage } from '../../render-page.js';
import { hallsForMatter } from '../booking-days.js';
import { bookingDaysOf } from '../booking-days-of.js';
import { MatterPage } from './matter-page.js';

/** GET /t/{tenantId}/matters/{matterId}[?hallId=]: one matter and the days it can be booked. */
export function showMatter(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    const matter = ctx.config.matters.find((m) => m.id === c.req.param('matterId'));
    if (!matter || matter.retired) return renderNotFound(c, ctx, 'matter');
    const halls = hallsForMatter(ctx.config, matter);
    const hall = halls.find((h) => h.id === c.req.query('hallId')) ?? halls[0];
    const days = hall ? await bookingDaysOf(deps, ctx, matter, hall.id) : [];
    return renderPage(c, ctx, {
      title: pick(matter.name, ctx.locale),
      cache: 'public',
      body: <MatterPage ctx={ctx} matter={matter} halls={halls} hall={hall} days={days} />,
    });
  };
}
