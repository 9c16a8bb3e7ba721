import type { HostedSignIn } from './staff-sign-in.js';

/**
 * Cognito's managed login (the user pool domain's OAuth 2.0 endpoints) as the staff pages' hosted
 * sign-in: authorization code with PKCE, a public client (no secret), the ID token kept.
 */
export function cognitoHostedSignIn(options: {
  /** `https://{prefix}.auth.{region}.amazoncognito.com` (or a custom domain). */
  domain: string;
  clientId: string;
  /** Injected in tests; the platform's `fetch` otherwise. */
  fetch?: typeof fetch;
}): HostedSignIn {
  const domain = options.domain.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  return {
    kind: 'hosted',
    authorizeUrl: ({ state, codeChallenge, redirectUri }) =>
      `${domain}/oauth2/authorize?${new URLSearchParams({
        response_type: 'code',
        client_id: options.clientId,
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      })}`,
    async exchange({ code, codeVerifier, redirectUri }) {
      const res = await doFetch(`${domain}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: options.clientId,
          code,
          redirect_uri: redirectUri,
          code_verifier: codeVerifier,
        }).toString(),
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
      const body = (await res.json()) as { id_token?: unknown };
      if (typeof body.id_token !== 'string') throw new Error('token endpoint gave no ID token');
      return body.id_token;
    },
    logoutUrl: (returnTo) =>
      `${domain}/logout?${new URLSearchParams({ client_id: options.clientId, logout_uri: returnTo })}`,
  };
}
