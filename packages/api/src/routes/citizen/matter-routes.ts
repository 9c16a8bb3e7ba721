import { createRoute } from '@hono/zod-openapi';
import { MatterQuerySchema, PublicMatterSchema, searchMatters } from '@openhall/domain';
import { initialsFor, loadTenantConfig } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';

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

export function registerMatterRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(listMatters, async (c) => {
    const query = c.req.valid('query');
    const [{ config }, initialsOf] = await Promise.all([
      loadTenantConfig(deps.configStore, c.req.valid('param').tenantId),
      initialsFor(query.q),
    ]);
    return c.json({ matters: searchMatters(config, query, initialsOf) }, 200);
  });
}
