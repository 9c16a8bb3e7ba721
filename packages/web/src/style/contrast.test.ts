import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { contrastRatio, strongColor } from './contrast.js';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });
});

describe('strongColor', () => {
  const brandColours = seedConfigs.flatMap((c) => [
    c.tenant.branding.primaryColor,
    c.tenant.branding.accentColor,
  ]);

  it.each(brandColours)('darkens %s to at least 7:1 against white', (hex) => {
    const strong = strongColor(hex, 7);
    expect(contrastRatio(strong, '#ffffff')).toBeGreaterThanOrEqual(7);
  });

  it('keeps a colour that already has the contrast', () => {
    expect(strongColor('#1e3a8a', 7)).toBe('#1e3a8a');
  });

  it('ends at black for a colour too light to darken in steps', () => {
    expect(contrastRatio(strongColor('#ffffff', 21), '#ffffff')).toBe(21);
  });
});
