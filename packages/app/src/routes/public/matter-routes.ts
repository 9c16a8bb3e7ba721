import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { LocalizedTextSchema, MatterSchema, type TenantConfig } from '@openhall/domain';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import type { AuthEnv } from '../../auth/authenticate.js';
import { loadConfig } from '../../http/load-config.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';

export const MatterQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  department: z.string().max(64).optional(),
  category: z.string().max(40).optional(),
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

const listMatters = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/matters',
  tags: ['public'],
  summary: 'The matter list (事项清单), searchable',
  request: { params: TenantParamSchema, query: MatterQuerySchema },
  responses: {
    200: {
      description: 'Matching matters',
      content: { 'application/json': { schema: z.object({ matters: z.array(PublicMatterSchema) }) } },
    },
    ...problemResponses(400, 404),
  },
});

export function registerMatterRoutes(app: OpenAPIHono<AuthEnv>, deps: AppDeps): void {
  app.openapi(listMatters, async (c) => {
    const { config } = await loadConfig(deps, c.req.valid('param').tenantId);
    return c.json({ matters: searchMatters(config, c.req.valid('query')) }, 200);
  });
}
