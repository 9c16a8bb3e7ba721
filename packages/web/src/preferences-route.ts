import { SlugSchema } from '@openhall/domain';
import type { Context } from 'hono';
import { formText } from './citizen/book/booking-form.js';
import { renderTenantNotFound } from './not-found-page.js';
import { ELDER_COOKIE, setPreferenceCookie } from './page-context.js';
import { pagePaths } from './page-paths.js';

/** Only a path of this tenant's pages: never another site, never a protocol-relative `//host`. */
function safeBack(tenantId: string, back: string): string {
  const home = pagePaths.home(tenantId);
  const ours = back === home || back.startsWith(`${home}/`) || back.startsWith(`${home}?`);
  return ours && !back.includes('//') && !back.includes('\\') ? back : home;
}

/**
 * POST /t/{tenantId}/preferences: turns 长辈模式 on or off for this browser (a year-long cookie)
 * and goes back to the page the button was on. A plain form, so it works without JavaScript.
 */
export function savePreferences() {
  return async (c: Context): Promise<Response> => {
    const tenantId = c.req.param('tenantId') ?? '';
    if (!SlugSchema.safeParse(tenantId).success) return renderTenantNotFound(c);
    const body = await c.req.parseBody();
    setPreferenceCookie(c, ELDER_COOKIE, formText(body, 'elder') === 'on' ? 'on' : 'off');
    c.header('Cache-Control', 'no-store');
    return c.redirect(safeBack(tenantId, formText(body, 'back', 500)), 303);
  };
}
