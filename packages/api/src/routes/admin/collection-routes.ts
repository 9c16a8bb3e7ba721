import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  DepartmentSchema,
  HallSchema,
  MatterSchema,
  ServiceWindowSchema,
  type TenantConfig,
} from '@openhall/domain';
import type { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import type { AuthEnv } from '../../auth/authenticate.js';
import { HttpError } from '../../http/http-error.js';
import { mergePatch } from '../../http/merge-patch.js';
import { problemResponses } from '../../http/responses.js';
import {
  bearerSecurity,
  IfMatchHeaderSchema,
  ItemParamSchema,
  mergePatchBody,
  storedConfigResponse,
} from './admin-schemas.js';
import { changeConfig } from './config-change.js';

type Collection = 'halls' | 'departments' | 'windows' | 'matters';

const COLLECTIONS: { name: Collection; schema: z.ZodType; label: string }[] = [
  { name: 'halls', schema: HallSchema, label: 'hall' },
  { name: 'departments', schema: DepartmentSchema, label: 'department' },
  { name: 'windows', schema: ServiceWindowSchema, label: 'window' },
  { name: 'matters', schema: MatterSchema, label: 'matter' },
];

const ok = storedConfigResponse;
const writeErrors = problemResponses(400, 401, 403, 404, 409, 413);

function indexOf(config: TenantConfig, collection: Collection, id: string, label: string): number {
  const index = config[collection].findIndex((item) => item.id === id);
  if (index < 0) throw new HttpError(404, `${label}_not_found`, `${label} "${id}" not found`);
  return index;
}

/** PUT (create or replace), PATCH (merge) and DELETE of one hall, department, window or matter. */
export function registerCollectionRoutes(app: OpenAPIHono<AuthEnv>, deps: ApiDeps): void {
  for (const { name, schema, label } of COLLECTIONS) {
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

    app.openapi(put, async (c) => {
      const { tenantId, itemId } = c.req.valid('param');
      const item = c.req.valid('json') as { id: string };
      return changeConfig(c, deps, tenantId, {
        action: `PUT ${name}/${itemId}`,
        apply: (config) => {
          if (item.id !== itemId) {
            throw new HttpError(
              400,
              'id_mismatch',
              `The body's id "${item.id}" differs from the path's "${itemId}".`,
            );
          }
          const list = config[name] as { id: string }[];
          const index = list.findIndex((x) => x.id === itemId);
          if (index < 0) list.push(item);
          else list[index] = item;
          return config;
        },
      }) as never;
    });

    app.openapi(patch, async (c) => {
      const { tenantId, itemId } = c.req.valid('param');
      const body = c.req.valid('json');
      return changeConfig(c, deps, tenantId, {
        action: `PATCH ${name}/${itemId}`,
        apply: (config) => {
          const index = indexOf(config, name, itemId, label);
          const list = config[name] as unknown[];
          list[index] = { ...(mergePatch(list[index], body) as object), id: itemId };
          return config;
        },
      }) as never;
    });

    app.openapi(remove, async (c) => {
      const { tenantId, itemId } = c.req.valid('param');
      return changeConfig(c, deps, tenantId, {
        action: `DELETE ${name}/${itemId}`,
        apply: (config) => {
          const index = indexOf(config, name, itemId, label);
          config[name].splice(index, 1);
          return config;
        },
      }) as never;
    });
  }
}
