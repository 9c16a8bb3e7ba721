import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout } from './layout/layout.js';
import type { PageContext } from './page-context.js';

/**
 * `public`: the same for everyone (home, matter), cached briefly by browsers and the CDN, varying
 * by the language and view cookies. `personal`: booking pages, never stored anywhere.
 */
export type CachePolicy = 'public' | 'personal';

const PUBLIC_MAX_AGE_SECONDS = 60;

// No script, no external origin: styles are inline, images may come from the tenant's logo URL.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Headers every page carries, and its caching. */
export function setPageHeaders(c: Context, cache: CachePolicy, setsCookie: boolean): void {
  if (cache === 'personal') c.header('Cache-Control', 'no-store');
  else if (setsCookie) c.header('Cache-Control', 'private, no-cache');
  else c.header('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
  c.header('Vary', 'Cookie');
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  // Keeps a prefilled booking code out of the Referer sent to other sites (tel: links, the logo).
  c.header('Referrer-Policy', 'same-origin');
}

/** Renders a tenant page inside the layout, with its headers. */
export async function renderPage(
  c: Context,
  ctx: PageContext,
  page: { title: string; body: Child; cache: CachePolicy; status?: ContentfulStatusCode },
): Promise<Response> {
  const html = await (
    <Layout ctx={ctx} title={page.title}>
      {page.body}
    </Layout>
  );
  setPageHeaders(c, page.cache, ctx.setsCookie);
  return c.html(`<!doctype html>${html}`, page.status ?? 200);
}
