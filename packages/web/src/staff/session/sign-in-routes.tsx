import { SlugSchema, type StaffMember } from '@openhall/domain';
import type { Context, Handler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { loadTenantConfig, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import { staffWords } from '../staff-i18n.js';
import { safeNext, staffPaths } from '../staff-paths.js';
import { randomUrlSafe, s256Challenge } from './pkce.js';
import { clearStaffCookie, memberOf, setStaffCookie } from './staff-session.js';

/** The PKCE verifier, state, tenant and return path between the redirect and the callback. */
const PKCE_COOKIE = 'oh_pkce';
const PKCE_MAX_AGE_SECONDS = 600;

const PkceStateSchema = z.object({
  state: z.string().min(20).max(100),
  verifier: z.string().min(43).max(128),
  tenantId: SlugSchema,
  next: z.string().max(500),
});

function redirectUri(c: Context): string {
  return new URL(staffPaths.callback, c.req.url).toString();
}

/** Seconds a token has left, from its `exp` (read after the verifier accepted it). */
function secondsLeft(token: string, now: Date): number {
  const payload = token.split('.')[1] ?? '';
  let exp = 0;
  try {
    const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    exp = typeof json.exp === 'number' ? json.exp : 0;
  } catch {
    exp = 0;
  }
  return exp - now.getTime() / 1000;
}

/**
 * GET sign-in. Development: the tenant's directory, one button per member. Hosted: a redirect to
 * the provider's sign-in with a fresh PKCE verifier and state kept in a short-lived cookie.
 */
export function showSignIn(deps: PagesDeps): Handler {
  return async (c) => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    const w = staffWords[ctx.locale];
    const next = safeNext(ctx.tenantId, c.req.query('next'));
    const signIn = deps.staffSignIn;
    if (signIn?.kind === 'hosted') {
      const state = randomUrlSafe();
      const verifier = randomUrlSafe(48);
      setCookie(c, PKCE_COOKIE, JSON.stringify({ state, verifier, tenantId: ctx.tenantId, next }), {
        path: staffPaths.callback,
        httpOnly: true,
        sameSite: 'Lax',
        secure: new URL(c.req.url).protocol === 'https:',
        maxAge: PKCE_MAX_AGE_SECONDS,
      });
      const url = signIn.authorizeUrl({
        state,
        codeChallenge: await s256Challenge(verifier),
        redirectUri: redirectUri(c),
      });
      c.header('Cache-Control', 'no-store');
      return c.redirect(url, 302);
    }
    const members = ctx.config.staff.filter((s) => !s.retired);
    const byRole = (['district-admin', 'section-manager', 'desk', 'window'] as const).map((role) => ({
      role,
      members: members.filter((m) => m.roles[0] === role),
    }));
    const failed = c.req.query('failed') !== undefined;
    return renderStaffPage(c, ctx, {
      title: w.signIn.title,
      status: signIn ? 200 : 503,
      body: (
        <>
          <h1>{w.signIn.title}</h1>
          {failed ? <p class="notice">{w.signIn.failed}</p> : null}
          {signIn ? (
            <>
              <p>{w.signIn.intro}</p>
              {byRole.map(({ role, members: list }) =>
                list.length === 0 ? null : (
                  <section class="card">
                    <h2>{w.roles[role]}</h2>
                    <ul class="member-list">
                      {list.map((m: StaffMember) => (
                        <li>
                          <form method="post" action={staffPaths.signIn(ctx.tenantId)}>
                            <input type="hidden" name="staffId" value={m.id} />
                            <input type="hidden" name="next" value={next} />
                            <button class="btn" type="submit" data-staff-id={m.id}>
                              {w.signIn.asMember(m.name)}
                            </button>{' '}
                            <span class="muted">
                              {m.roles.map((r) => w.roles[r]).join('、')}
                              {m.windowIds.length > 0 ? ` · ${m.windowIds.join('、')}` : ''}
                            </span>
                          </form>
                        </li>
                      ))}
                    </ul>
                  </section>
                ),
              )}
            </>
          ) : (
            <p class="notice">{w.signIn.hostedIntro}</p>
          )}
        </>
      ),
    });
  };
}

const DevSignInSchema = z.object({ staffId: SlugSchema, next: z.string().max(500).optional() });

/** POST sign-in (development only): a token for the picked member, in the staff cookie. */
export function signInAsMember(deps: PagesDeps): Handler {
  return async (c) => {
    const signIn = deps.staffSignIn;
    const tenantId = c.req.param('tenantId') ?? '';
    if (signIn?.kind !== 'development') return c.notFound();
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    const form = DevSignInSchema.safeParse(await c.req.parseBody());
    const member = form.success
      ? ctx.config.staff.find((s) => s.id === form.data.staffId && !s.retired)
      : undefined;
    if (!form.success || !member) return c.redirect(`${staffPaths.signIn(tenantId)}?failed`, 303);
    const token = await signIn.issue({
      sub: member.id,
      role: member.roles[0]!,
      roles: member.roles,
      staffId: member.id,
      tenantId,
    });
    setStaffCookie(c, tenantId, token, secondsLeft(token, deps.now()));
    return c.redirect(safeNext(tenantId, form.data.next), 303);
  };
}

/** GET the hosted sign-in's callback: checks the state, exchanges the code with the PKCE verifier. */
export function signInCallback(deps: PagesDeps): Handler {
  return async (c) => {
    const signIn = deps.staffSignIn;
    if (signIn?.kind !== 'hosted') return c.notFound();
    const raw = getCookie(c, PKCE_COOKIE);
    deleteCookie(c, PKCE_COOKIE, { path: staffPaths.callback });
    let saved: z.infer<typeof PkceStateSchema> | undefined;
    try {
      const parsed = PkceStateSchema.safeParse(raw ? JSON.parse(raw) : undefined);
      saved = parsed.success ? parsed.data : undefined;
    } catch {
      saved = undefined;
    }
    const code = c.req.query('code');
    if (!saved || !code || c.req.query('state') !== saved.state) {
      return c.text(
        'Sign-in expired or was not started here; please sign in again. 登录已过期，请重新登录。',
        400,
      );
    }
    const failed = c.redirect(`${staffPaths.signIn(saved.tenantId)}?failed`, 303);
    try {
      const token = await signIn.exchange({
        code,
        codeVerifier: saved.verifier,
        redirectUri: redirectUri(c),
      });
      const principal = await deps.verifier.verify(token);
      const ctxConfig = await loadTenantConfig(deps, saved.tenantId);
      if (!ctxConfig || !memberOf(ctxConfig, principal)) return failed;
      setStaffCookie(c, saved.tenantId, token, secondsLeft(token, deps.now()));
      return c.redirect(safeNext(saved.tenantId, saved.next), 303);
    } catch {
      return failed;
    }
  };
}

/** POST sign-out: forgets the token; with the hosted sign-in, ends the provider's session too. */
export function signOut(deps: PagesDeps): Handler {
  return async (c) => {
    const tenantId = c.req.param('tenantId') ?? '';
    if (!SlugSchema.safeParse(tenantId).success) return c.notFound();
    clearStaffCookie(c, tenantId);
    // One sign-out URL for every tenant, as the provider requires it registered exactly.
    const back = new URL(staffPaths.signedOut, c.req.url).toString();
    if (deps.staffSignIn?.kind === 'hosted') return c.redirect(deps.staffSignIn.logoutUrl(back), 303);
    return c.redirect(staffPaths.signIn(tenantId), 303);
  };
}
