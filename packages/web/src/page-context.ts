import { type NationalCalendarContext, NotFoundError, SlugSchema, type TenantConfig } from '@openhall/domain';
import { tenantConfigOf } from '@openhall/services';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { DICTIONARIES, isLocale, type Locale } from './i18n/locale.js';
import type { Messages } from './i18n/messages.js';
import type { PagesDeps } from './pages-deps.js';

export const LANG_COOKIE = 'lang';
/** 长辈模式 (age-friendly view): large type, strong contrast, big targets. */
export const ELDER_COOKIE = 'elder';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Everything a page needs to render: the tenant, the reader's language and view, the clock. */
export interface PageContext {
  tenantId: string;
  /** With the national schedules its calendar reads. */
  config: TenantConfig & NationalCalendarContext;
  locale: Locale;
  t: Messages;
  elder: boolean;
  /** Path and query of this page without `lang`, where the language and view toggles come back to. */
  here: string;
  now: Date;
  /** True when this response sets a preference cookie, so it must not be cached publicly. */
  setsCookie: boolean;
  /**
   * The hosted sign-in's origin, when there is one: a sign-out form is answered with a redirect to
   * the provider's logout, and browsers check a form's redirects against `form-action`.
   */
  signInOrigin?: string;
}

/** The hosted sign-in's origin (for `form-action`), or nothing with the development sign-in. */
export function signInOriginOf(deps: Pick<PagesDeps, 'staffSignIn'>): string | undefined {
  const signIn = deps.staffSignIn;
  return signIn?.kind === 'hosted' ? new URL(signIn.logoutUrl('https://x.invalid/')).origin : undefined;
}

/** `form-action` of a page: this origin, and the hosted sign-in's when sign-out goes there. */
export function formActionSource(signInOrigin: string | undefined): string {
  return signInOrigin ? `form-action 'self' ${signInOrigin}` : "form-action 'self'";
}

/** A long-lived preference cookie, readable by the server only. */
export function setPreferenceCookie(c: Context, name: string, value: string): void {
  setCookie(c, name, value, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
  });
}

/** `path?query` of the request without the `lang` parameter. */
export function herePath(c: Context): string {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  return url.pathname + url.search;
}

/** Adds or replaces one query parameter of a `path?query`. */
export function withParam(pathAndQuery: string, name: string, value: string): string {
  const url = new URL(pathAndQuery, 'http://page.invalid');
  url.searchParams.set(name, value);
  return url.pathname + url.search;
}

/**
 * Language and view of this request. `?lang=en` (or `zh`) wins and is remembered in a cookie;
 * otherwise the cookie; otherwise Chinese.
 */
export function readPreferences(c: Context): { locale: Locale; elder: boolean; setsCookie: boolean } {
  const asked = c.req.query('lang');
  const elder = getCookie(c, ELDER_COOKIE) === 'on';
  if (isLocale(asked)) {
    if (getCookie(c, LANG_COOKIE) !== asked) {
      setPreferenceCookie(c, LANG_COOKIE, asked);
      return { locale: asked, elder, setsCookie: true };
    }
    return { locale: asked, elder, setsCookie: false };
  }
  const remembered = getCookie(c, LANG_COOKIE);
  return { locale: isLocale(remembered) ? remembered : 'zh', elder, setsCookie: false };
}

/** The tenant's configuration, or undefined for an id that is not a tenant (the caller renders a 404). */
export async function loadTenantConfig(
  deps: PagesDeps,
  tenantId: string,
): Promise<(TenantConfig & NationalCalendarContext) | undefined> {
  if (!SlugSchema.safeParse(tenantId).success) return undefined;
  try {
    return await tenantConfigOf(deps, tenantId);
  } catch (error) {
    if (error instanceof NotFoundError && error.code === 'tenant_not_found') return undefined;
    throw error;
  }
}

/** The page context of a tenant page, or undefined when the tenant does not exist. */
export async function pageContext(
  c: Context,
  deps: PagesDeps,
  options: { here?: string } = {},
): Promise<PageContext | undefined> {
  const tenantId = c.req.param('tenantId') ?? '';
  const config = await loadTenantConfig(deps, tenantId);
  if (!config) return undefined;
  const prefs = readPreferences(c);
  return {
    tenantId,
    config,
    locale: prefs.locale,
    t: DICTIONARIES[prefs.locale],
    elder: prefs.elder,
    here: options.here ?? herePath(c),
    now: deps.now(),
    setsCookie: prefs.setsCookie,
    ...(signInOriginOf(deps) ? { signInOrigin: signInOriginOf(deps) } : {}),
  };
}
