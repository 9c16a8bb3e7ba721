import { createRoute } from '@hono/zod-openapi';
import {
  DepartmentSchema,
  HallSchema,
  MatterSchema,
  ServiceWindowSchema,
  StaffMemberSchema,
} from '@openhall/domain';
import {
  CONFIG_COLLECTIONS,
  type ConfigCollection,
  changeConfig,
  patchItem,
  putItem,
  removeItem,
} from '@openhall/services';
import type { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import type { RouteGroup } from '../route-groups.js';
import {
  bearerSecurity,
  IfMatchHeaderSchema,
  ItemParamSchema,
  mergePatchBody,
  storedConfigResponse,
} from './admin-schemas.js';
import { storedConfigJson, writerOf } from './config-writes.js';

const ITEM_SCHEMAS: Record<ConfigCollection, z.ZodType> = {
  halls: HallSchema,
  departments: DepartmentSchema,
  windows: ServiceWindowSchema,
  matters: MatterSchema,
  staff: StaffMemberSchema,
};

const ok = storedConfigResponse;
const writeErrors = problemResponses(400, 401, 403, 404, 409, 413);

/** PUT (create or replace), PATCH (merge) and DELETE of one hall, department, window or matter. */
export function registerCollectionRoutes(group: RouteGroup, deps: ApiDeps): void {
  for (const [name, label] of Object.entries(CONFIG_COLLECTIONS) as [ConfigCollection, string][]) {
    const schema = ITEM_SCHEMAS[name];
    const path = `/v1/tenants/{tenantId}/config/${name}/{itemId}`;
    const put = createRoute({
      method: 'put',
      path,
      tags: ['admin'],
      summary: `Create or replace a ${label}`,
      security: bearerSecurity,
      request: {
        params: ItemParamSchema,
        headers: IfMatchHeaderSchema,
        body: { required: true, content: { 'application/json': { schema } } },
      },
      responses: { 200: ok, ...writeErrors },
    });
    const patch = createRoute({
      method: 'patch',
      path,
      tags: ['admin'],
      summary: `Merge-patch a ${label} (RFC 7396)`,
      security: bearerSecurity,
      request: {
        params: ItemParamSchema,
        headers: IfMatchHeaderSchema,
        body: mergePatchBody,
      },
      responses: { 200: ok, ...writeErrors },
    });
    const remove = createRoute({
      method: 'delete',
      path,
      tags: ['admin'],
      summary: `Remove a ${label}`,
      security: bearerSecurity,
      request: { params: ItemParamSchema, headers: IfMatchHeaderSchema },
      responses: { 200: ok, ...writeErrors },
    });

    group.openapi(put, async (c) => {
      const { tenantId, itemId } = c.req.valid('param');
      const change = putItem(name, itemId, c.req.valid('json') as { id: string });
      return storedConfigJson(c, await changeConfig(deps, { tenantId, change, ...writerOf(c, deps) }));
    });

    group.openapi(patch, async (c) => {
      const { tenantId, itemId } = c.req.valid('param');
      const change = patchItem(name, itemId, c.req.valid('json'));
      return storedConfigJson(c, await changeConfig(deps, { tenantId, change, ...writerOf(c, deps) }));
    });

    group.openapi(remove, async (c) => {
      const { tenantId, itemId } = c.req.valid('param');
      const change = removeItem(name, itemId);
      return storedConfigJson(c, await changeConfig(deps, { tenantId, change, ...writerOf(c, deps) }));
    });
  }
}
