import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { pick } from '../i18n/locale.js';
import type { PageContext } from '../page-context.js';
import { withParam } from '../page-context.js';
import { pageCss } from '../style/page-css.js';

/**
 * A public queue page (kiosk, board, ticket): a bare full-screen frame, never cached, and at most
 * one inline script admitted by a fresh nonce, with same-origin fetches only.
 */
export async function renderQueuePage(
  c: Context,
  ctx: PageContext,
  page: { title: string; body: Child; css?: string; script?: string; status?: ContentfulStatusCode },
): Promise<Response> {
  const nonce = page.script ? crypto.randomUUID().replace(/-/g, '') : undefined;
  const { branding } = ctx.config.tenant;
  const html = await (
    <html lang={ctx.t.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${page.title} · ${pick(branding.title, ctx.locale)}`}</title>
        <style dangerouslySetInnerHTML={{ __html: pageCss(branding, ctx.elder) + (page.css ?? '') }} />
      </head>
      <body>
        <main id="main">
          {page.body}
          <p class="lang-switch">
            <a
              href={withParam(ctx.here, 'lang', ctx.t.otherLanguage.code)}
              lang={ctx.t.otherLanguage.htmlLang}
            >
              {ctx.t.otherLanguage.name}
            </a>
          </p>
        </main>
        {page.script ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: page.script }} /> : null}
      </body>
    </html>
  );
  c.header('Cache-Control', 'no-store');
  c.header(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'${
      nonce ? `; script-src 'nonce-${nonce}'; connect-src 'self'` : ''
    }`,
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
  return c.html(`<!doctype html>${html}`, page.status ?? 200);
}
