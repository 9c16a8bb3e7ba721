import { createRoute } from '@hono/zod-openapi';
import { BundleSchema, bundlesAtHall, SlugSchema } from '@openhall/domain';
import { loadTenantConfig } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';

const listBundles = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/bundles',
  tags: ['public'],
  summary: 'The "one thing, one visit" bundles (一件事一次办) offered, optionally at one hall',
  description:
    'Book one with `POST /v1/tenants/{tenantId}/bookings` and `bundleId`: `matterId` is the bundle’s ' +
    '`leadMatterId`, whose window holds the place under the ordinary booking rules; every window of the ' +
    'bundle’s matters in the hall sees the booking.',
  request: {
    params: TenantParamSchema,
    query: z.object({ hallId: SlugSchema.optional().meta({ example: 'boai-hall' }) }),
  },
  responses: {
    200: {
      description: 'The bundles offered',
      content: { 'application/json': { schema: z.object({ bundles: z.array(BundleSchema) }) } },
    },
    ...problemResponses(400, 404),
  },
});

export function registerBundleRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(listBundles, async (c) => {
    const { config } = await loadTenantConfig(deps.configStore, c.req.valid('param').tenantId);
    const { hallId } = c.req.valid('query');
    const bundles = hallId ? bundlesAtHall(config, hallId) : config.bundles.filter((b) => !b.retired);
    return c.json({ bundles }, 200);
  });
}
