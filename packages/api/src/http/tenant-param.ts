import { SlugSchema } from '@openhall/domain';
import { z } from 'zod';

export const TenantParamSchema = z.object({
  tenantId: SlugSchema.meta({ param: { name: 'tenantId', in: 'path' }, example: 'zibo' }),
});
