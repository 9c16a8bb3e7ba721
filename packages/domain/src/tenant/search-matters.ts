import { z } from 'zod';
import { LocalizedTextSchema, TextLineSchema } from '../shared/primitives.js';
import { type Matter, MatterSchema } from './matter.js';
import { canonicalWords } from './matter-synonyms.js';
import type { TenantConfig } from './tenant-config.js';

export const MatterQuerySchema = z.object({
  q: TextLineSchema(100, 0).optional(),
  department: TextLineSchema(64, 0).optional(),
  category: TextLineSchema(40, 0).optional(),
});

export const PublicMatterSchema = MatterSchema.extend({
  department: LocalizedTextSchema,
  windows: z.array(
    z.object({ id: z.string(), code: z.string(), hallId: z.string(), name: LocalizedTextSchema }),
  ),
}).meta({ id: 'PublicMatter' });
export type PublicMatter = z.infer<typeof PublicMatterSchema>;

/** Lower case, full-width forms folded, and no spaces or punctuation: "公司（企业）登记" is "公司企业登记". */
function folded(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Pinyin initials of a text ("社保卡" → "sbk"), other letters kept: `pinyinInitials` of `@openhall/domain/pinyin`. */
export type InitialsOf = (text: string) => string;

/**
 * Whether a query is asked in pinyin initials (two or more Latin letters): only then does a search
 * need `InitialsOf`, whose tables the caller loads on that first question.
 */
export function wantsInitials(q: string | undefined): boolean {
  return q !== undefined && /^[a-z]{2,}$/.test(folded(q));
}

/** What a matter can be found by: its names, category and the tenant's keywords, folded and in synonyms. */
function searchableTexts(m: Pick<Matter, 'name' | 'category' | 'keywords'>): string[] {
  const texts = [m.name.zh, m.name.en, m.category, ...(m.keywords ?? [])].map(folded);
  return [...new Set(texts.flatMap((t) => [t, canonicalWords(t)]))];
}

/**
 * True when a free-text query finds the matter: a part of its Chinese or English name, category or
 * keywords, read through the synonym table (社保 finds 社会保障卡申领), or, for a query of Latin
 * letters, the pinyin initials of those words ("sbk" finds 社会保障卡申领 through 社保卡).
 */
export function matterMatches(
  m: Pick<Matter, 'name' | 'category' | 'keywords'>,
  q: string,
  initialsOf?: InitialsOf,
): boolean {
  const query = folded(q);
  if (!query) return true;
  const wanted = canonicalWords(query);
  const texts = searchableTexts(m);
  if (texts.some((t) => t.includes(query) || t.includes(wanted))) return true;
  return initialsOf !== undefined && wantsInitials(query) && texts.some((t) => initialsOf(t).includes(query));
}

/** Matters still offered (not retired) matching a free-text query (`matterMatches`), department and category. */
export function searchMatters(
  config: TenantConfig,
  query: z.infer<typeof MatterQuerySchema>,
  initialsOf?: InitialsOf,
): PublicMatter[] {
  const q = query.q;
  const departments = new Map(config.departments.map((d) => [d.id, d]));
  const windows = new Map(config.windows.map((w) => [w.id, w]));
  return config.matters
    .filter((m) => !m.retired)
    .filter((m) => !query.department || m.departmentId === query.department)
    .filter((m) => !query.category || m.category === query.category)
    .filter((m) => !q || matterMatches(m, q, initialsOf))
    .map((m) => ({
      ...m,
      department: departments.get(m.departmentId)!.name,
      windows: m.windowIds.map((id) => {
        const w = windows.get(id)!;
        return { id: w.id, code: w.code, hallId: w.hallId, name: w.name };
      }),
    }));
}
