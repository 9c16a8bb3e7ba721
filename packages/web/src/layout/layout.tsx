import type { Child } from 'hono/jsx';
import { pick } from '../i18n/locale.js';
import type { PageContext } from '../page-context.js';
import { withParam } from '../page-context.js';
import { pagePaths } from '../page-paths.js';
import { pageCss } from '../style/page-css.js';

/**
 * The frame of every tenant page: skip link, tenant-branded header with navigation, the language
 * link and the 长辈模式 button (a form, so it works without JavaScript), main, and a footer with
 * the tenant's phones.
 */
export function Layout(props: { ctx: PageContext; title: string; children?: Child }) {
  const { ctx } = props;
  const { t, config, tenantId } = ctx;
  const { branding, phones } = config.tenant;
  const brandTitle = pick(branding.title, ctx.locale);
  return (
    <html lang={t.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="format-detection" content="telephone=no" />
        <title>{`${props.title} · ${brandTitle}`}</title>
        <style dangerouslySetInnerHTML={{ __html: pageCss(branding, ctx.elder) }} />
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skipLink}
        </a>
        <header class="site">
          <p class="brand">
            {branding.logoUrl ? <img src={branding.logoUrl} alt="" /> : null}
            <a href={pagePaths.home(tenantId)}>{brandTitle}</a>
          </p>
          <nav aria-label={t.navLabel}>
            <ul>
              <li>
                <a href={pagePaths.home(tenantId)}>{t.nav.home}</a>
              </li>
              <li>
                <a href={pagePaths.myBooking(tenantId)}>{t.nav.myBooking}</a>
              </li>
              <li>
                <a
                  href={withParam(ctx.here, 'lang', t.otherLanguage.code)}
                  lang={t.otherLanguage.htmlLang}
                  hreflang={t.otherLanguage.htmlLang}
                >
                  {t.otherLanguage.name}
                </a>
              </li>
              <li>
                <form method="post" action={pagePaths.preferences(tenantId)}>
                  <input type="hidden" name="elder" value={ctx.elder ? 'off' : 'on'} />
                  <input type="hidden" name="back" value={ctx.here} />
                  <button type="submit">{ctx.elder ? t.elder.turnOff : t.elder.turnOn}</button>
                </form>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>
            {t.footer.service}
            {t.colon}
            <a href={`tel:${phones.service}`}>{phones.service}</a>
          </p>
          <p>
            {t.footer.complaints}
            {t.colon}
            <a href={`tel:${phones.complaints}`}>{phones.complaints}</a>
          </p>
          <p class="muted">
            {pick(config.tenant.name, ctx.locale)} · {t.footer.product}
          </p>
        </footer>
      </body>
    </html>
  );
}
