import { describe, expect, it } from 'vitest';
import { InMemoryRateLimiter } from './in-memory-rate-limiter.js';

const at = (time: string) => new Date(`2026-11-23T${time}+08:00`);

describe('InMemoryRateLimiter', () => {
  it('allows `limit` requests of a client in a minute, then refuses until the minute ends', async () => {
    const limiter = new InMemoryRateLimiter();
    for (let i = 0; i < 3; i++)
      expect(await limiter.hit('zibo', 'c1', 3, at('10:00:05'))).toEqual({ allowed: true });
    expect(await limiter.hit('zibo', 'c1', 3, at('10:00:15'))).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    });
    expect(await limiter.hit('zibo', 'c1', 3, at('10:00:59.900'))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(await limiter.hit('zibo', 'c1', 3, at('10:01:00'))).toEqual({ allowed: true });
  });

  it('counts each tenant and client on its own', async () => {
    const limiter = new InMemoryRateLimiter();
    expect(await limiter.hit('zibo', 'c1', 1, at('10:00:00'))).toEqual({ allowed: true });
    expect(await limiter.hit('zibo', 'c2', 1, at('10:00:00'))).toEqual({ allowed: true });
    expect(await limiter.hit('boai', 'c1', 1, at('10:00:00'))).toEqual({ allowed: true });
    expect((await limiter.hit('zibo', 'c1', 1, at('10:00:00'))).allowed).toBe(false);
  });
});
