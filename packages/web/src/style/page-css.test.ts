import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.js';
import { pageColours, pageCss } from './page-css.js';

const brandings = seedConfigs.map((c) => [c.tenant.id, c.tenant.branding] as const);

describe('pageColours', () => {
  it.each(brandings)('gives %s at least 7:1 on white in 长辈模式', (_, branding) => {
    const c = pageColours(branding, true);
    for (const colour of [c.primary, c.accent, c.fg, c.muted, c.error, c.ok]) {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(7);
    }
  });

  it.each(brandings)('gives %s at least 4.5:1 on white normally', (_, branding) => {
    const c = pageColours(branding, false);
    for (const colour of [c.primary, c.accent, c.fg, c.muted, c.error, c.ok]) {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('pageCss', () => {
  it.each([false, true])('stays under 10 KB (长辈模式 %s)', (elder) => {
    expect(new TextEncoder().encode(pageCss(brandings[0]![1], elder)).length).toBeLessThan(10 * 1024);
  });
});
