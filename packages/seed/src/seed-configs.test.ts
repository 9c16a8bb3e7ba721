import { minutesOf, NotFoundError, TenantConfigSchema } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { seedConfig } from './seed-config.js';
import { seedConfigs } from './seed-configs.js';
import { boai } from './tenants/boai.js';
import { chengdeGxq } from './tenants/chengde-gxq.js';
import { zaozhuangGxq } from './tenants/zaozhuang-gxq.js';
import { zibo } from './tenants/zibo.js';

/** WCAG 2 contrast ratio of a `#rrggbb` colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

const tenants = [
  { id: 'zaozhuang-gxq', province: 'shandong', input: zaozhuangGxq, holidayBooking: 'anytime' },
  { id: 'zibo', province: 'shandong', input: zibo, holidayBooking: 'on-prior-working-day' },
  { id: 'chengde-gxq', province: 'hebei', input: chengdeGxq, holidayBooking: 'anytime' },
  { id: 'boai', province: 'henan', input: boai, holidayBooking: 'anytime' },
] as const;

describe('seed configurations', () => {
  it.each(tenants)('$id parses with TenantConfigSchema', ({ input }) => {
    const result = TenantConfigSchema.safeParse(input);

    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('seeds exactly the four first tenants', () => {
    expect(seedConfigs.map((c) => c.tenant.id).sort()).toEqual(tenants.map((t) => t.id).sort());
  });

  it.each(tenants)('$id is in $province', ({ id, province }) => {
    expect(seedConfig(id).tenant.province).toBe(province);
  });

  it('rejects an id that is not seeded', () => {
    expect(() => seedConfig('nowhere')).toThrow(NotFoundError);
  });

  it.each(tenants)('$id has two distinct brand colours readable with white text', ({ id }) => {
    const { primaryColor, accentColor } = seedConfig(id).tenant.branding;

    expect(primaryColor.toLowerCase()).not.toBe(accentColor.toLowerCase());
    expect(contrastWithWhite(primaryColor)).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite(accentColor)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(tenants)('$id books holidays $holidayBooking', ({ id, holidayBooking }) => {
    expect(seedConfig(id).bookingPolicy.holidayBooking).toBe(holidayBooking);
  });

  it.each(tenants)('$id follows the shared booking rules of the seeds', ({ id }) => {
    const policy = seedConfig(id).bookingPolicy;

    expect(policy.lateLimitMinutes).toBe(30);
    expect(policy.staffChangeNoticeHours).toBe(12);
    expect(policy.perPerson).toEqual({ perMatterPerDay: 1, active: 3 });
  });

  it.each(tenants)('$id limits one booking to half of its working day', ({ id }) => {
    const config = seedConfig(id);
    const hall = config.halls.find((h) => h.kind === 'district-hall')!;
    const staffed = hall.openingPolicy.workday.sessions.reduce(
      (sum, s) => sum + minutesOf(s.to) - minutesOf(s.from),
      0,
    );

    expect(config.bookingPolicy.maxBookingMinutes).toBe(Math.floor(staffed / 2));
  });

  it.each(tenants)('$id starts with no calendar overrides', ({ id }) => {
    expect(seedConfig(id).calendarOverrides).toEqual([]);
  });

  it.each(tenants)('$id gives every matter a one-time notice and a slot of 15 to 60 minutes', ({ id }) => {
    for (const matter of seedConfig(id).matters) {
      expect(matter.materials.length, matter.id).toBeGreaterThan(0);
      expect(matter.slotMinutes, matter.id).toBeGreaterThanOrEqual(15);
      expect(matter.slotMinutes, matter.id).toBeLessThanOrEqual(60);
    }
  });

  it.each(tenants)('$id has no service window without a matter', ({ id }) => {
    const config = seedConfig(id);
    const served = new Set(config.matters.flatMap((m) => m.windowIds));
    const serving = config.windows.filter((w) => w.kind === 'department' || w.kind === 'comprehensive');

    expect(serving.filter((w) => !served.has(w.id)).map((w) => w.id)).toEqual([]);
  });

  it.each([
    { id: 'zaozhuang-gxq', service: '12345', complaints: '0632-8355966' },
    { id: 'zibo', service: '0533-2512345', complaints: '12345' },
    { id: 'chengde-gxq', service: '12345', complaints: '12345' },
    { id: 'boai', service: '12345', complaints: '12345' },
  ])('$id publishes service $service and complaints $complaints', ({ id, service, complaints }) => {
    expect(seedConfig(id).tenant.phones).toEqual({ service, complaints });
  });
});
