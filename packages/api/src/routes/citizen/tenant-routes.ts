import { createRoute } from '@hono/zod-openapi';
import {
  BrandingSchema,
  HallSchema,
  LocalizedTextSchema,
  ProvinceSchema,
  TenantSchema,
} from '@openhall/domain';
import { loadTenantConfig } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';

export const TenantSummarySchema = z
  .object({ id: z.string(), name: LocalizedTextSchema, province: ProvinceSchema, branding: BrandingSchema })
  .meta({ id: 'TenantSummary' });

export const PublicTenantSchema = z
  .object({
    tenant: TenantSchema,
    halls: z.array(HallSchema.pick({ id: true, name: true, kind: true, address: true, phone: true })),
  })
  .meta({ id: 'PublicTenant' });

const listTenants = createRoute({
  method: 'get',
  path: '/v1/tenants',
  tags: ['public'],
  summary: 'Every district on OpenHall, with its branding',
  responses: {
    200: {
      description: 'The tenants',
      content: { 'application/json': { schema: z.object({ tenants: z.array(TenantSummarySchema) }) } },
    },
  },
});

const getTenant = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}',
  tags: ['public'],
  summary: "A district's public profile and halls",
  request: { params: TenantParamSchema },
  responses: {
    200: { description: 'The tenant', content: { 'application/json': { schema: PublicTenantSchema } } },
    ...problemResponses(400, 404),
  },
});

export function registerTenantRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(listTenants, async (c) => {
    const tenants = await deps.configStore.listTenants();
    return c.json(
      {
        tenants: tenants
          .map(({ id, name, province, branding }) => ({ id, name, province, branding }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      },
      200,
    );
  });

  group.openapi(getTenant, async (c) => {
    const { config } = await loadTenantConfig(deps.configStore, c.req.valid('param').tenantId);
    const halls = config.halls.map(({ id, name, kind, address, phone }) => ({
      id,
      name,
      kind,
      address,
      phone,
    }));
    return c.json({ tenant: config.tenant, halls }, 200);
  });
}
