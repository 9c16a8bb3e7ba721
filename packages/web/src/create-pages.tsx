import { readableLog } from '@openhall/services';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { showBookForm, submitBooking } from './citizen/book/book-routes.js';
import { showBundle } from './citizen/bundle/bundle-route.js';
import { registerCitizenCarePages } from './citizen/care/care-routes.js';
import { showHome } from './citizen/home/home-route.js';
import { showMatter } from './citizen/matter/matter-route.js';
import {
  cancelBooking,
  downloadIcs,
  lookUpBooking,
  showLookup,
} from './citizen/my-booking/my-booking-routes.js';
import { rescheduleBooking } from './citizen/my-booking/reschedule-route.js';
import {
  listMyBookings,
  sendMyBookingsCode,
  showMyBookings,
} from './citizen/my-bookings/my-bookings-routes.js';
import { en } from './i18n/en.js';
import { zh } from './i18n/zh.js';
import { renderBilingualPage, renderNotFound, renderTenantNotFound } from './not-found-page.js';
import { pageContext } from './page-context.js';
import type { PagesDeps } from './pages-deps.js';
import { savePreferences } from './preferences-route.js';
import { registerQueuePages } from './queue/public-queue-pages.js';
import { registerStaffPages } from './staff/register-staff-pages.js';
import { signInCallback } from './staff/session/sign-in-routes.js';

/** Forms are a few short fields; anything bigger is not ours. */
const MAX_FORM_BYTES = 16 * 1024;

/**
 * The citizen pages, mounted under `/t` (`/t/{tenantId}/…`): server-rendered HTML in Chinese and English, with no
 * client framework. Errors answer with HTML pages, not the API's problem+json.
 */
export function createPages(deps: PagesDeps): Hono {
  const pages = new Hono();
  const log = deps.log ?? readableLog();
  pages.onError((error, c) => {
    // Hono's own refusals (a body over the limit) keep their status.
    if (error instanceof HTTPException) return error.getResponse();
    // Names only: the messages of unexpected errors may carry personal data.
    deps.metrics?.count('Failures');
    log.error('page failed', {
      error: error.name,
      cause: (error.cause as Error | undefined)?.name,
      path: c.req.path,
    });
    return renderBilingualPage(c, {
      title: { zh: zh.serverError.title, en: en.serverError.title },
      text: { zh: zh.serverError.text, en: en.serverError.text },
      status: 500,
    });
  });
  pages.post('/:tenantId/*', bodyLimit({ maxSize: MAX_FORM_BYTES }));

  pages.get('/:tenantId', showHome(deps));
  pages.get('/:tenantId/matters/:matterId', showMatter(deps));
  pages.get('/:tenantId/bundles/:bundleId', showBundle(deps));
  pages.get('/:tenantId/book', showBookForm(deps));
  pages.post('/:tenantId/book', submitBooking(deps));
  pages.get('/:tenantId/my-booking', showLookup(deps));
  pages.post('/:tenantId/my-booking', lookUpBooking(deps));
  pages.post('/:tenantId/my-booking/cancel', cancelBooking(deps));
  pages.post('/:tenantId/my-booking/reschedule', rescheduleBooking(deps));
  pages.post('/:tenantId/my-booking/ics', downloadIcs(deps));
  pages.get('/:tenantId/my-bookings', showMyBookings(deps));
  pages.post('/:tenantId/my-bookings', listMyBookings(deps));
  pages.post('/:tenantId/my-bookings/code', sendMyBookingsCode(deps));
  pages.post('/:tenantId/preferences', savePreferences());
  registerCitizenCarePages(pages, deps);
  registerQueuePages(pages, deps);
  registerStaffPages(pages, deps);

  pages.all('/:tenantId/*', async (c) => {
    const ctx = await pageContext(c, deps);
    return ctx ? renderNotFound(c, ctx, 'page') : renderTenantNotFound(c);
  });
  return pages;
}

/** The hosted sign-in's one callback (`/auth/callback`), shared by every tenant: the state names it. */
export function createStaffAuthPages(deps: PagesDeps): Hono {
  return new Hono().get('/callback', signInCallback(deps)).get('/signed-out', (c) =>
    renderBilingualPage(c, {
      title: { zh: '已退出登录', en: 'Signed out' },
      text: {
        zh: '您已退出工作人员工作台。可以关闭本页，或回到本单位的工作人员登录页重新登录。',
        en: 'You have signed out of the staff console. Close this page, or sign in again from your district’s staff sign-in page.',
      },
      status: 200,
    }),
  );
}
