import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { formActionSource, type PageContext } from '../page-context.js';
import type { StaffSession } from './session/staff-session.js';
import { StaffLayout } from './staff-layout.js';

/**
 * Staff pages are personal (never cached) and, like the citizen pages, run no script unless the
 * page brings its own (a display board, a live queue): that script is inline with a fresh nonce,
 * and the policy admits it alone, plus same-origin fetches and event streams.
 */
export async function renderStaffPage(
  c: Context,
  ctx: PageContext,
  page: {
    title: string;
    body: Child;
    session?: StaffSession;
    status?: ContentfulStatusCode;
    css?: string;
    /** Inline script of this page, if it needs one. */
    script?: string;
  },
): Promise<Response> {
  const nonce = page.script ? crypto.randomUUID().replace(/-/g, '') : undefined;
  const html = await (
    <StaffLayout
      ctx={ctx}
      title={page.title}
      {...(page.session ? { session: page.session } : {})}
      {...(page.css ? { css: page.css } : {})}
    >
      {page.body}
      {page.script ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: page.script }} /> : null}
    </StaffLayout>
  );
  c.header('Cache-Control', 'no-store');
  c.header(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; ${formActionSource(ctx.signInOrigin)}; base-uri 'none'; frame-ancestors 'none'${
      nonce ? `; script-src 'nonce-${nonce}'; connect-src 'self'` : ''
    }`,
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
  return c.html(`<!doctype html>${html}`, page.status ?? 200);
}
