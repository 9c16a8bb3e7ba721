import { z } from 'zod';
import { canonicalShanghaiIso, isShanghaiIso } from './shanghai-time.js';

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An instant as ISO 8601 carrying the Asia/Shanghai offset +08:00, on a whole minute. Seconds are
 * optional on input; the output is always `YYYY-MM-DDTHH:MM:00+08:00`, so two spellings of one
 * instant never reach the store as two different starts.
 */
export const ShanghaiDateTimeSchema = z
  .string()
  .overwrite(canonicalShanghaiIso)
  .superRefine((s, ctx) => {
    if (isShanghaiIso(s)) return;
    const offset = OFFSET.exec(s)?.[1];
    ctx.addIssue({
      code: 'custom',
      message:
        offset !== undefined && offset !== '+08:00'
          ? `times are Asia/Shanghai: write the offset +08:00, not "${offset}" (e.g. 2026-11-28T09:30:00+08:00)`
          : 'expected ISO 8601 with the +08:00 offset on a whole minute, e.g. 2026-11-28T09:30:00+08:00',
    });
  })
  .meta({ id: 'ShanghaiDateTime', example: '2026-11-28T09:30:00+08:00' });
