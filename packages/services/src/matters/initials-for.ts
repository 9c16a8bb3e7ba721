import { type InitialsOf, wantsInitials } from '@openhall/domain';

/**
 * The pinyin initials a matter search needs: loaded on the first search asked in initials, so no
 * other request (and no cold start) reads the large pinyin tables.
 */
export async function initialsFor(q: string | undefined): Promise<InitialsOf | undefined> {
  if (!wantsInitials(q)) return undefined;
  return (await import('@openhall/domain/pinyin')).pinyinInitials;
}
