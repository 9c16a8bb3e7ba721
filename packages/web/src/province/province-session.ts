import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { provincePaths } from './province-paths.js';

/** The provincial office's token, for `/p/{province}` only (HttpOnly, SameSite=Lax). */
export const PROVINCE_COOKIE = 'oh_province';
/** The longest a provincial token is kept, whatever the token's own expiry says. */
const SHIFT_SECONDS = 10 * 3600;

export function setProvinceCookie(c: Context, province: string, token: string, maxAge = SHIFT_SECONDS): void {
  setCookie(c, PROVINCE_COOKIE, token, {
    path: provincePaths.cookiePath(province),
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: Math.max(0, Math.min(SHIFT_SECONDS, Math.floor(maxAge))),
  });
}

export function clearProvinceCookie(c: Context, province: string): void {
  deleteCookie(c, PROVINCE_COOKIE, { path: provincePaths.cookiePath(province) });
}
