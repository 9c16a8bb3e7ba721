import type { Child } from 'hono/jsx';
import { pick } from '../i18n/locale.js';
import type { PageContext } from '../page-context.js';
import { withParam } from '../page-context.js';
import { pageCss } from '../style/page-css.js';
import type { StaffSession } from './session/staff-session.js';
import { staffWords } from './staff-i18n.js';
import { staffPaths } from './staff-paths.js';

/** Wider than the citizen pages: a counter PC (1366x768) or a tablet, still large type. */
export const STAFF_CSS = `main{max-width:80rem}
.staff-bar{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;justify-content:space-between}
.staff-who{font-weight:700}
table{border-collapse:collapse;width:100%;margin:0 0 1rem}
th,td{border:1px solid #8c8c8c;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem}
select,input[type=date],input[type=time],input[type=number],textarea{font:inherit;min-height:var(--tap);padding:.3rem .5rem;border:2px solid #4d4d4d;border-radius:.35rem;max-width:100%}
kbd{border:1px solid #4d4d4d;border-radius:.25rem;padding:0 .3rem;font-size:.9em}
@media print{.site,.no-print{display:none}main{max-width:none}}`;

/** The frame of every staff page: brand, who is signed in with their roles, language, sign-out. */
export function StaffLayout(props: {
  ctx: PageContext;
  session?: StaffSession;
  title: string;
  children?: Child;
  /** Extra CSS of one page (a display board's own). */
  css?: string;
}) {
  const { ctx, session } = props;
  const w = staffWords[ctx.locale];
  const { branding } = ctx.config.tenant;
  return (
    <html lang={ctx.t.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${w.consoleName} · ${pick(branding.title, ctx.locale)}`}</title>
        <style
          dangerouslySetInnerHTML={{ __html: pageCss(branding, ctx.elder) + STAFF_CSS + (props.css ?? '') }}
        />
      </head>
      <body>
        <a class="skip" href="#main">
          {ctx.t.skipLink}
        </a>
        <header class="site staff-bar">
          <p class="brand">
            <a href={staffPaths.home(ctx.tenantId)}>
              {pick(branding.title, ctx.locale)} · {w.consoleName}
            </a>
          </p>
          <nav aria-label={ctx.t.navLabel}>
            <ul>
              {session ? (
                <li class="staff-who">
                  {w.signedInAs}
                  {ctx.t.colon}
                  {session.member.name}（{session.roles.map((r) => w.roles[r]).join('、')}）
                </li>
              ) : null}
              <li>
                <a
                  href={withParam(ctx.here, 'lang', ctx.t.otherLanguage.code)}
                  lang={ctx.t.otherLanguage.htmlLang}
                  hreflang={ctx.t.otherLanguage.htmlLang}
                >
                  {ctx.t.otherLanguage.name}
                </a>
              </li>
              {session ? (
                <li>
                  <form method="post" action={staffPaths.signOut(ctx.tenantId)}>
                    <button type="submit">{w.signOut}</button>
                  </form>
                </li>
              ) : null}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}
