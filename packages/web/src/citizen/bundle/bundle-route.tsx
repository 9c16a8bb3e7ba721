import { bundlesAtHall } from '@openhall/domain';
import type { Context } from 'hono';
import { pick } from '../../i18n/locale.js';
import { renderNotFound, renderTenantNotFound } from '../../not-found-page.js';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderPage } from '../../render-page.js';
import { bookingDays, hallsForMatter } from '../booking-days.js';
import { BundlePage } from './bundle-page.js';

/** GET /t/{tenantId}/bundles/{bundleId}[?hallId=]: one bundle and the days its lead matter can be booked. */
export function showBundle(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    const bundle = ctx.config.bundles.find((b) => b.id === c.req.param('bundleId') && !b.retired);
    const lead = ctx.config.matters.find((m) => m.id === bundle?.leadMatterId && !m.retired);
    if (!bundle || !lead) return renderNotFound(c, ctx, 'matter');
    // The halls where the bundle is offered: those with a window of its lead matter.
    const halls = hallsForMatter(ctx.config, lead).filter((h) =>
      bundlesAtHall(ctx.config, h.id).some((b) => b.id === bundle.id),
    );
    const hall = halls.find((h) => h.id === c.req.query('hallId')) ?? halls[0];
    const days = hall ? bookingDays({ config: ctx.config, matter: lead, hallId: hall.id, now: ctx.now }) : [];
    return renderPage(c, ctx, {
      title: pick(bundle.name, ctx.locale),
      cache: 'public',
      body: <BundlePage ctx={ctx} bundle={bundle} hall={hall} days={days} />,
    });
  };
}
