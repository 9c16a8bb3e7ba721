import { createRoute } from '@hono/zod-openapi';
import { BookingPolicySchema, TenantConfigSchema } from '@openhall/domain';
import {
  changeConfig,
  loadTenantConfig,
  patchConfig as patchWholeConfig,
  replaceBookingPolicy,
  replaceConfig,
} from '@openhall/services';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';
import {
  bearerSecurity,
  IfMatchHeaderSchema,
  mergePatchBody,
  storedConfigResponse,
} from './admin-schemas.js';
import { storedConfigJson, writerOf } from './config-writes.js';

const ok = storedConfigResponse;
const writeErrors = problemResponses(400, 401, 403, 404, 409, 413, 428);

const getConfig = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/config',
  tags: ['admin'],
  summary: "The tenant's whole configuration and its version (ETag)",
  security: bearerSecurity,
  request: { params: TenantParamSchema },
  responses: { 200: ok, ...problemResponses(401, 403, 404) },
});

const putConfig = createRoute({
  method: 'put',
  path: '/v1/tenants/{tenantId}/config',
  tags: ['admin'],
  summary: 'Replace the whole configuration (If-Match required)',
  security: bearerSecurity,
  request: {
    params: TenantParamSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { 'application/json': { schema: TenantConfigSchema } } },
  },
  responses: { 200: ok, ...writeErrors },
});

const patchConfig = createRoute({
  method: 'patch',
  path: '/v1/tenants/{tenantId}/config',
  tags: ['admin'],
  summary: 'Merge-patch the configuration (RFC 7396)',
  security: bearerSecurity,
  request: {
    params: TenantParamSchema,
    headers: IfMatchHeaderSchema,
    body: mergePatchBody,
  },
  responses: { 200: ok, ...writeErrors },
});

const putBookingPolicy = createRoute({
  method: 'put',
  path: '/v1/tenants/{tenantId}/config/booking-policy',
  tags: ['admin'],
  summary: 'Replace the booking policy',
  security: bearerSecurity,
  request: {
    params: TenantParamSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { 'application/json': { schema: BookingPolicySchema } } },
  },
  responses: { 200: ok, ...writeErrors },
});

export function registerConfigRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(getConfig, async (c) => {
    const { tenantId } = c.req.valid('param');
    return storedConfigJson(c, await loadTenantConfig(deps.configStore, tenantId));
  });

  group.openapi(putConfig, async (c) => {
    const change = replaceConfig(c.req.valid('json'));
    const { tenantId } = c.req.valid('param');
    return storedConfigJson(c, await changeConfig(deps, { tenantId, change, ...writerOf(c, deps) }));
  });

  group.openapi(patchConfig, async (c) => {
    const change = patchWholeConfig(c.req.valid('json'));
    const { tenantId } = c.req.valid('param');
    return storedConfigJson(c, await changeConfig(deps, { tenantId, change, ...writerOf(c, deps) }));
  });

  group.openapi(putBookingPolicy, async (c) => {
    const change = replaceBookingPolicy(c.req.valid('json'));
    const { tenantId } = c.req.valid('param');
    return storedConfigJson(c, await changeConfig(deps, { tenantId, change, ...writerOf(c, deps) }));
  });
}
