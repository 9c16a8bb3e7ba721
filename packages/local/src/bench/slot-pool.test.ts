import { describe, expect, it } from 'vitest';
import type { SlotRef } from './citizen-http.js';
import { SlotPool } from './slot-pool.js';

const slot = (matterId: string, time: string, capacity: number): SlotRef => ({
  tenantId: 'boai',
  hallId: 'boai-hall',
  matterId,
  start: `2026-11-24T${time}:00+08:00`,
  end: `2026-11-24T${time}:30+08:00`,
  capacity,
});

const a9 = slot('a', '09', 3);
const a10 = slot('a', '10', 1);
const b9 = slot('b', '09', 2);

describe('SlotPool', () => {
  it('hands out one place of every slot before a second place of any', () => {
    expect(SlotPool.interleaved([a9, a10, b9])).toEqual([a9, a10, b9, a9, b9, a9]);
  });

  it('splits places so both sides get the same mix', () => {
    const [even, odd] = SlotPool.split(SlotPool.interleaved([a9, a10, b9]));
    expect([even.take(), even.take(), even.take()]).toEqual([a9, b9, b9]);
    expect([odd.take(), odd.take(), odd.take()]).toEqual([a10, a9, a9]);
  });

  it('says so when it runs out instead of handing out a place twice', () => {
    const pool = new SlotPool([a10]);
    pool.take();
    expect(pool.free).toBe(0);
    expect(() => pool.take()).toThrow(/empty/);
  });

  it('finds a place of the same matter at another start for a booking to move to', () => {
    const pool = new SlotPool([a9, b9, a10]);
    expect(pool.takeNear(a9)).toBe(a10);
    expect(pool.takeNear(a9)).toBeUndefined();
    expect(pool.free).toBe(2);
  });
});
