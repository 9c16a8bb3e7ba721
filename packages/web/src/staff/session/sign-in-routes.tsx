import { ProvinceSchema, SlugSchema, type StaffMember } from '@openhall/domain';
import type { Context, Handler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { loadTenantConfig, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { provincePaths } from '../../province/province-paths.js';
import { setProvinceCookie } from '../../province/province-session.js';
import { renderStaffPage } from '../render-staff-page.js';
import { staffWords } from '../staff-i18n.js';
import { safeNext, staffPaths } from '../staff-paths.js';
import { randomUrlSafe, s256Challenge } from './pkce.js';
import { clearStaffCookie, memberOf, setStaffCookie } from './staff-session.js';
import type { HostedSignIn } from './staff-sign-in.js';

/** The PKCE verifier, state, tenant and return path between the redirect and the callback. */
const PKCE_COOKIE = 'oh_pkce';
const PKCE_MAX_AGE_SECONDS = 600;

/**
 * Who started the flow: a district's staff member (back to a staff page of that tenant) or a
 * provincial office (back to that province's reports). One callback URL serves both, so the
 * provider has one registered redirect; the saved state says where the token goes.
 */
const HostedReturnSchema = z.discriminatedUnion('audience', [
  z.object({ audience: z.literal('staff'), tenantId: SlugSchema, next: z.string().max(500) }),
  z.object({ audience: z.literal('province'), province: ProvinceSchema }),
]);
type HostedReturn = z.infer<typeof HostedReturnSchema>;

const PkceStateSchema = z.object({
  state: z.string().min(20).max(100),
  verifier: z.string().min(43).max(128),
  back: HostedReturnSchema,
});

/**
 * Sends the browser to the provider's sign-in with a fresh PKCE verifier (S256) and state, kept
 * with where to come back in a short-lived cookie scoped to the callback.
 */
export async function startHostedSignIn(
  c: Context,
  signIn: HostedSignIn,
  back: HostedReturn,
): Promise<Response> {
  const state = randomUrlSafe();
  const verifier = randomUrlSafe(48);
  setCookie(c, PKCE_COOKIE, JSON.stringify({ state, verifier, back }), {
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

function signInPathWithNext(tenantId: string, next: string): string {
  return `${staffPaths.signIn(tenantId)}?${new URLSearchParams({ next })}`;
}

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
    if (signIn?.kind === 'hosted' && c.req.query('failed') === undefined) {
      return startHostedSignIn(c, signIn, { audience: 'staff', tenantId: ctx.tenantId, next });
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
          {signIn?.kind === 'hosted' ? (
            <>
              <p>{w.signIn.hostedIntro}</p>
              <p>
                <a class="btn" href={signInPathWithNext(ctx.tenantId, next)}>
                  {w.signIn.button}
                </a>
              </p>
              <form method="post" action={staffPaths.signOut(ctx.tenantId)}>
                <button class="btn" type="submit">
                  {w.signOut}
                </button>
              </form>
            </>
          ) : signIn ? (
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
    const back = saved.back;
    // Back to the sign-in page with `failed`: it shows the failure instead of redirecting again,
    // so a provider session that keeps answering with an unusable token cannot loop.
    const failed =
      back.audience === 'staff'
        ? c.redirect(`${staffPaths.signIn(back.tenantId)}?failed`, 303)
        : c.redirect(`${provincePaths.signIn(back.province)}?failed`, 303);
    try {
      const token = await signIn.exchange({
        code,
        codeVerifier: saved.verifier,
        redirectUri: redirectUri(c),
      });
      const principal = await deps.verifier.verify(token);
      if (back.audience === 'province') {
        if (principal.role !== 'provincial-office' || principal.province !== back.province) return failed;
        setProvinceCookie(c, back.province, token, secondsLeft(token, deps.now()));
        return c.redirect(provincePaths.reports(back.province), 303);
      }
      const ctxConfig = await loadTenantConfig(deps, back.tenantId);
      if (!ctxConfig || !memberOf(ctxConfig, principal)) return failed;
      setStaffCookie(c, back.tenantId, token, secondsLeft(token, deps.now()));
      return c.redirect(safeNext(back.tenantId, back.next), 303);
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
