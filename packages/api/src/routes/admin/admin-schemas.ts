import { SlugSchema, TenantConfigSchema } from '@openhall/domain';
import { z } from 'zod';

export const StoredConfigSchema = z
  .object({
    version: z.number().int(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    config: TenantConfigSchema,
  })
  .meta({ id: 'StoredConfig' });

/** RFC 7396 merge patch: objects merge, `null` removes, arrays replace. */
export const MergePatchSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: 'MergePatch', description: 'RFC 7396 JSON Merge Patch' });

export const IfMatchHeaderSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({
      param: { name: 'if-match', in: 'header' },
      description: 'ETag of the version you edited, e.g. "v3"',
    }),
});

export const ItemParamSchema = z.object({
  tenantId: SlugSchema.meta({ param: { name: 'tenantId', in: 'path' }, example: 'zibo' }),
  itemId: SlugSchema.meta({ param: { name: 'itemId', in: 'path' } }),
});

export const bearerSecurity = [{ bearerAuth: [] }];

/** What every accepted admin write answers: the configuration as now stored. */
export const storedConfigResponse = {
  description: 'The configuration now stored',
  content: { 'application/json': { schema: StoredConfigSchema } },
};

/** A merge-patch request body, as `application/merge-patch+json` or plain JSON. */
export const mergePatchBody = {
  required: true,
  content: {
    'application/merge-patch+json': { schema: MergePatchSchema },
    'application/json': { schema: MergePatchSchema },
  },
};
