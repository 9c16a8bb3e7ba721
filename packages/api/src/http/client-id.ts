import { createHash } from 'node:crypto';
import type { Context } from 'hono';

interface MaybeEnv {
  /** API Gateway (HTTP API, payload 2.0) under Lambda. */
  requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } };
  /** @hono/node-server. */
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The caller's address: API Gateway's `sourceIp` under Lambda (the client cannot forge it, unlike
 * the first hop of `X-Forwarded-For`, which API Gateway only appends to); elsewhere (local server,
 * tests) the first `X-Forwarded-For` hop, then the socket's address.
 */
export function clientAddressOf(c: Context): string {
  const env = (c.env ?? {}) as MaybeEnv;
  const gateway = env.requestContext?.http?.sourceIp ?? env.requestContext?.identity?.sourceIp;
  if (gateway) return gateway;
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || env.incoming?.socket?.remoteAddress || 'unknown';
}

/** The client id the rate limit counts by: a hash, so the address is never stored or logged in clear. */
export function clientIdOf(c: Context): string {
  return createHash('sha256').update(clientAddressOf(c)).digest('hex').slice(0, 32);
}
