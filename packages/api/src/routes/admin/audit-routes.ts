import { createRoute } from '@hono/zod-openapi';
import { MAX_CONFIG_VERSION } from '@openhall/domain';
import { loadTenantConfig } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';
import { bearerSecurity } from './admin-schemas.js';

export const AuditEntrySchema = z
  .object({
    tenantId: z.string(),
    version: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    changes: z.array(
      z.object({
        op: z.enum(['add', 'remove', 'replace']),
        path: z.string().meta({ example: '/halls/zibo-center/openingPolicy/restday/sessions' }),
        /** Before the change; absent for an addition. */
        oldValue: z.unknown().optional().meta({ description: 'The value before; absent for an addition' }),
        /** After the change; absent for a removal. */
        newValue: z.unknown().optional().meta({ description: 'The value after; absent for a removal' }),
        truncated: z.boolean().optional().meta({
          description: 'A value was longer than 200 characters of JSON: it is the start of its JSON text',
        }),
      }),
    ),
  })
  .meta({ id: 'AuditEntry' });

const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  // Versions below this one; the key of a version has room for MAX_CONFIG_VERSION at most.
  before: z.coerce.number().int().min(1).max(MAX_CONFIG_VERSION).optional(),
});

const listAudit = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/audit',
  tags: ['admin'],
  summary: 'Who changed the configuration, when and what, newest first',
  security: bearerSecurity,
  request: { params: TenantParamSchema, query: AuditQuerySchema },
  responses: {
    200: {
      description: 'Audit trail',
      content: {
        'application/json': {
          schema: z.object({ entries: z.array(AuditEntrySchema), nextBefore: z.number().int().optional() }),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

export function registerAuditRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(listAudit, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { limit, before } = c.req.valid('query');
    await loadTenantConfig(deps.configStore, tenantId);
    const entries = await deps.configStore.listAudit(tenantId, { limit, ...(before ? { before } : {}) });
    const last = entries.at(-1);
    const nextBefore = entries.length === limit && last && last.version > 1 ? last.version : undefined;
    return c.json({ entries, ...(nextBefore ? { nextBefore } : {}) }, 200);
  });
}
