import { LocalDateSchema, ProvinceSchema, SlugSchema } from '@openhall/domain';
import { REPORT_SHEETS } from '@openhall/services';
import { z } from 'zod';

export const PeriodQuerySchema = z.object({
  from: LocalDateSchema.meta({ param: { name: 'from', in: 'query' }, example: '2026-03-05' }),
  to: LocalDateSchema.meta({ param: { name: 'to', in: 'query' }, example: '2026-03-19' }),
});

export const SheetQuerySchema = PeriodQuerySchema.extend({
  sheet: z
    .enum(REPORT_SHEETS)
    .default('summary')
    .meta({ param: { name: 'sheet', in: 'query' }, description: 'Which sheet of the report' }),
});

export const ProvinceParamSchema = z.object({
  province: ProvinceSchema.meta({ param: { name: 'province', in: 'path' }, example: 'shandong' }),
});

export const ProvinceDistrictParamSchema = ProvinceParamSchema.extend({
  tenantId: SlugSchema.meta({ param: { name: 'tenantId', in: 'path' }, example: 'zibo' }),
});

/** `attachment` with an ASCII name and the UTF-8 one (RFC 6266), so every browser saves it well. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
