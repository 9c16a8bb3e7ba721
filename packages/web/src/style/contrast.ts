/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

function mixWithBlack(hex: string, share: number): string {
  const channel = (i: number) =>
    Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * (1 - share))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/**
 * The tenant's colour darkened just enough to reach `minRatio` against white, so the brand stays
 * recognisable in the high-contrast 长辈模式 (7:1, WCAG AAA) as well as in the normal view.
 * @example strongColor('#0f766e', 7) // a darker teal with contrast >= 7 on white
 */
export function strongColor(hex: string, minRatio: number): string {
  for (let share = 0; share <= 1; share += 0.05) {
    const candidate = mixWithBlack(hex, share);
    if (contrastRatio(candidate, '#ffffff') >= minRatio) return candidate;
  }
  return '#000000';
}
