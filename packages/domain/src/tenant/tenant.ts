import { z } from 'zod';
import { HexColorSchema, LocalizedTextSchema, PublicPhoneSchema, SlugSchema } from '../shared/primitives.js';

/** Provincial-level divisions the product serves; a provincial office sees its own only. */
export const ProvinceSchema = z.enum(['shandong', 'hebei', 'henan']).meta({ id: 'Province' });
export type Province = z.infer<typeof ProvinceSchema>;

export const BrandingSchema = z
  .object({
    title: LocalizedTextSchema,
    primaryColor: HexColorSchema,
    accentColor: HexColorSchema,
    logoUrl: z.url().optional(),
  })
  .meta({ id: 'Branding' });
export type Branding = z.infer<typeof BrandingSchema>;

/** A district (区/县/市) running its halls on OpenHall. */
export const TenantSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    province: ProvinceSchema,
    branding: BrandingSchema,
    phones: z.object({ service: PublicPhoneSchema, complaints: PublicPhoneSchema }),
    timezone: z.literal('Asia/Shanghai'),
  })
  .meta({ id: 'Tenant' });
export type Tenant = z.infer<typeof TenantSchema>;
