/** What the verifier needs of jose, in a module of its own: loaded with the first token to verify. */
export { createRemoteJWKSet, jwtVerify } from 'jose';
