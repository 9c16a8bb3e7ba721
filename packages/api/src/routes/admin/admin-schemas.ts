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

/** The header an admin sends to save a change that strands active bookings (and mark them). */
export const CONFIRM_STRANDED_HEADER = 'x-confirm-stranded';

/** The headers of a configuration write: the version edited, and the confirmation to strand bookings. */
export const IfMatchHeaderSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({
      param: { name: 'if-match', in: 'header' },
      description: 'ETag of the version you edited, e.g. "v3"',
    }),
  [CONFIRM_STRANDED_HEADER]: z
    .enum(['true', 'false'])
    .optional()
    .meta({
      param: { name: CONFIRM_STRANDED_HEADER, in: 'header' },
      description:
        'A change that would leave active bookings (booked, not yet started) without a place answers 409 `bookings_stranded` with the list. Send `true` to save it anyway: the listed bookings are marked `stranded` for the section manager to move or cancel with the applicant told.',
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
