import { pinyin } from 'pinyin-pro';

const INITIALS_CACHE_LIMIT = 5_000;
const initialsCache = new Map<string, string>();

/**
 * Pinyin initials of the Chinese characters ("社保卡" → "sbk"), other letters kept. Its own entry point
 * (`@openhall/domain/pinyin`): the tables are large, and only a search in pinyin initials needs them.
 */
export function pinyinInitials(text: string): string {
  let initials = initialsCache.get(text);
  if (initials === undefined) {
    initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
      .join('')
      .toLowerCase();
    if (initialsCache.size >= INITIALS_CACHE_LIMIT) initialsCache.clear();
    initialsCache.set(text, initials);
  }
  return initials;
}
