import { z } from 'zod';
import { LocalizedTextSchema, TextLineSchema } from '../shared/primitives.js';
import { MatterSchema } from './matter.js';
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

/** Matters matching a free-text query (Chinese or English name, category), department and category. */
export function searchMatters(
  config: TenantConfig,
  query: z.infer<typeof MatterQuerySchema>,
): PublicMatter[] {
  const q = query.q?.toLowerCase();
  const departments = new Map(config.departments.map((d) => [d.id, d]));
  const windows = new Map(config.windows.map((w) => [w.id, w]));
  return config.matters
    .filter((m) => !query.department || m.departmentId === query.department)
    .filter((m) => !query.category || m.category === query.category)
    .filter(
      (m) =>
        !q ||
        m.name.zh.toLowerCase().includes(q) ||
        m.name.en.toLowerCase().includes(q) ||
        m.category.toLowerCase().includes(q),
    )
    .map((m) => ({
      ...m,
      department: departments.get(m.departmentId)!.name,
      windows: m.windowIds.map((id) => {
        const w = windows.get(id)!;
        return { id: w.id, code: w.code, hallId: w.hallId, name: w.name };
      }),
    }));
}
