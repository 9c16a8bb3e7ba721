import type { Principal } from '@openhall/domain';

/**
 * How staff sign in to the pages. Two kinds, never both in one deployment:
 * - `development`: the local issuer signs a token for a member picked from the tenant's directory
 *   (only `pnpm start` and the tests wire it; a deployment has no such page).
 * - `hosted`: the identity provider's hosted sign-in (Cognito's managed login) with the
 *   authorization code flow and PKCE; the pages exchange the code for tokens at the callback.
 */
export type StaffSignIn = DevelopmentSignIn | HostedSignIn;

export interface DevelopmentSignIn {
  kind: 'development';
  /** A token for this member (or a provincial office, on its own pages), valid for a shift. */
  issue(principal: Principal): Promise<string>;
}

export interface HostedSignIn {
  kind: 'hosted';
  /** Where to send the browser, with the PKCE challenge (S256) and the state. */
  authorizeUrl(input: { state: string; codeChallenge: string; redirectUri: string }): string;
  /** Exchanges the code at the token endpoint; answers the ID token (a JWT the verifier checks). */
  exchange(input: { code: string; codeVerifier: string; redirectUri: string }): Promise<string>;
  /** Where to send the browser to end the provider's own session, coming back to `returnTo`. */
  logoutUrl(returnTo: string): string;
}
