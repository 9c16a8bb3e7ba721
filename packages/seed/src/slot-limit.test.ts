import { longestSlotMinutes, TenantConfigSchema } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { zaozhuangGxq } from './tenants/zaozhuang-gxq.js';

/*
 * A booking is moved in one DynamoDB transaction (at most 100 items): the booking, its ledger, its
 * event, its places guard, every 5-minute place given back and taken, and its entry under each
 * window of a bundle. The configuration refuses a slot that could be booked but never moved.
 */

// Without the seeded bundle: the bundle's own rule is tested on its own below.
const base = { ...structuredClone(zaozhuangGxq), bundles: [] };
const matterIndex = 0;

function withSlot(minutes: number, maxBookingMinutes = 720) {
  const config = structuredClone(base);
  config.bookingPolicy = { ...config.bookingPolicy, maxBookingMinutes };
  config.matters[matterIndex] = { ...config.matters[matterIndex]!, slotMinutes: minutes };
  return config;
}

const pathsOf = (config: unknown) =>
  (TenantConfigSchema.safeParse(config).error?.issues ?? []).map((i) => i.path.join('.'));

describe('the longest slot', () => {
  it('is 240 minutes for a single matter: 48 places given back and 48 taken, and 4 items more', () => {
    expect(longestSlotMinutes(0)).toBe(240);
    expect(4 + 2 * (longestSlotMinutes(0) / 5)).toBeLessThanOrEqual(100);
    expect(4 + 2 * (longestSlotMinutes(0) / 5 + 1)).toBeGreaterThan(100);
  });

  it('is shorter for a bundle, whose booking is listed under each of its windows in the same write', () => {
    expect(longestSlotMinutes(6)).toBe(225);
    expect(4 + 2 * (longestSlotMinutes(6) / 5) + 6).toBeLessThanOrEqual(100);
    expect(longestSlotMinutes(200)).toBe(0);
  });

  it('lets a configuration through up to it, and names the slot field past it', () => {
    expect(pathsOf(withSlot(240))).toEqual([]);
    expect(pathsOf(withSlot(250))).toEqual([`matters.${matterIndex}.slotMinutes`]);
    // The policy's longest booking is a rule of its own, with its own words.
    const tooLong = TenantConfigSchema.safeParse(withSlot(240, 200)).error?.issues ?? [];
    expect(tooLong.map((i) => i.message)).toEqual([expect.stringContaining('longest booking (200 min)')]);
  });

  it("refuses a bundle whose lead matter's slot is too long for its windows", () => {
    const config = withSlot(240);
    const lead = config.matters[matterIndex]!;
    const other = config.matters.find(
      (m) => m.id !== lead.id && m.windowIds.some((w) => !lead.windowIds.includes(w)),
    )!;
    config.bundles = [
      {
        id: 'slot-limit-bundle',
        name: { zh: '测试一件事', en: 'Test bundle' },
        leadMatterId: lead.id,
        matterIds: [lead.id, other.id],
      },
    ] as typeof config.bundles;
    expect(pathsOf(config)).toEqual(['bundles.0.leadMatterId']);
    config.matters[matterIndex] = { ...lead, slotMinutes: 30 };
    expect(pathsOf(config)).toEqual([]);
  });
});
