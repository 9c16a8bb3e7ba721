import { describe, expect, it } from 'vitest';
import type { SlotRef } from './citizen-http.js';
import { planRelayBookings } from './event-relay-bench.js';

const slot = (matterId: string, start: string, capacity: number): SlotRef => ({
  tenantId: 'zibo',
  hallId: 'zibo-center',
  matterId,
  start: `2026-12-03T${start}:00+08:00`,
  end: `2026-12-03T${start}:30+08:00`,
  capacity,
});

describe('planRelayBookings', () => {
  const slots = [slot('a', '09:00', 2), slot('b', '09:00', 1), slot('a', '10:00', 2), slot('a', '11:00', 1)];

  it('makes the bookings on the slots’ places, never more than a slot holds', () => {
    const { made } = planRelayBookings(slots, { made: 4, cancelled: 1, moved: 2 });
    expect(made.map((s) => `${s.matterId}@${s.start.slice(11, 16)}`)).toEqual([
      'a@09:00',
      'a@09:00',
      'b@09:00',
      'a@10:00',
    ]);
  });

  it('moves each of the bookings after the cancelled ones to a spare place of its matter at another time', () => {
    const { made, moves } = planRelayBookings(slots, { made: 4, cancelled: 1, moved: 3 });
    expect(moves).toHaveLength(3);
    // made[1] (a@09:00) → a@10:00's spare place; made[2] (b) has no other time; made[3] (a@10:00) → a@11:00.
    expect(moves[0]?.start).toBe(slots[2]!.start);
    expect(moves[1]).toBeUndefined();
    expect(moves[2]?.start).toBe(slots[3]!.start);
    for (const [i, target] of moves.entries()) {
      if (!target) continue;
      expect(target.matterId).toBe(made[1 + i]!.matterId);
      expect(target.start).not.toBe(made[1 + i]!.start);
    }
  });

  it('never gives two moves the same spare place', () => {
    const many = [slot('a', '09:00', 3), slot('a', '10:00', 1)];
    const { moves } = planRelayBookings(many, { made: 3, cancelled: 0, moved: 3 });
    expect(moves.filter((m) => m !== undefined)).toHaveLength(1);
  });
});
