import type { Branding } from '@openhall/domain';
import type { Context } from 'hono';
import { en } from './i18n/en.js';
import { zh } from './i18n/zh.js';
import type { PageContext } from './page-context.js';
import { pagePaths } from './page-paths.js';
import { renderPage, setPageHeaders } from './render-page.js';
import { pageCss } from './style/page-css.js';

/** Colours of pages outside any tenant (an unknown tenant, a fault before the tenant is known). */
const NEUTRAL_BRANDING: Branding = {
  title: { zh: '不打烊 · 政务服务', en: 'OpenHall' },
  primaryColor: '#1f4e79',
  accentColor: '#8a4b08',
};

/**
 * A page in both languages at once, for when no tenant (and so no remembered language or
 * branding) is known: Chinese first, English beside it with its own `lang`.
 */
export async function renderBilingualPage(
  c: Context,
  page: { title: { zh: string; en: string }; text: { zh: string; en: string }; status: 200 | 404 | 500 },
): Promise<Response> {
  const html = await (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${page.title.zh} / ${page.title.en}`}</title>
        <style dangerouslySetInnerHTML={{ __html: pageCss(NEUTRAL_BRANDING, false) }} />
      </head>
      <body>
        <header class="site">
          <p class="brand">
            {NEUTRAL_BRANDING.title.zh} <span lang="en">{NEUTRAL_BRANDING.title.en}</span>
          </p>
        </header>
        <main id="main">
          <h1>
            {page.title.zh} <span lang="en">/ {page.title.en}</span>
          </h1>
          <p>{page.text.zh}</p>
          <p lang="en">{page.text.en}</p>
        </main>
      </body>
    </html>
  );
  setPageHeaders(c, 'personal', false);
  return c.html(`<!doctype html>${html}`, page.status);
}

/** 404 for a tenant id that is not one of ours. */
export function renderTenantNotFound(c: Context): Promise<Response> {
  return renderBilingualPage(c, {
    title: { zh: zh.notFound.title, en: en.notFound.title },
    text: { zh: zh.notFound.tenant, en: en.notFound.tenant },
    status: 404,
  });
}

/** 404 inside a known tenant (an unknown matter or path), in the reader's language and the tenant's branding. */
export function renderNotFound(c: Context, ctx: PageContext, what: 'matter' | 'page'): Promise<Response> {
  const { t } = ctx;
  return renderPage(c, ctx, {
    title: t.notFound.title,
    status: 404,
    cache: 'personal',
    body: (
      <>
        <h1>{t.notFound.title}</h1>
        <p>{t.notFound[what]}</p>
        <p>
          <a href={pagePaths.home(ctx.tenantId)}>{t.notFound.home}</a>
        </p>
      </>
    ),
  });
}
