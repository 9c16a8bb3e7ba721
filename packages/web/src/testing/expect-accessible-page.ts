import { expect } from 'vitest';
import { attr, inputTags } from './page-requests.js';

/** Most inline CSS a page may carry, so the first paint needs no second request. */
export const MAX_INLINE_CSS_BYTES = 10 * 1024;

/**
 * The page rules every tenant page keeps: a language, one h1, a skip link to main, the four
 * landmarks, a label for every input, a small inline stylesheet, and no script.
 */
export function expectAccessiblePage(html: string): void {
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toMatch(/<html lang="(zh-CN|en)">/);
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  expect(html).toContain('<a class="skip" href="#main">');
  for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) expect(html).toContain(landmark);
  for (const input of inputTags(html).filter((t) => attr(t, 'type') !== 'hidden')) {
    const id = attr(input, 'id');
    expect(id, input).toBeDefined();
    expect(html, `label for ${id}`).toContain(`for="${id}"`);
  }
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  expect(new TextEncoder().encode(css).length).toBeLessThan(MAX_INLINE_CSS_BYTES);
  expect(html).not.toContain('<script');
}
