import { IDEMPOTENCY_TTL_SECONDS, type IdempotencyRecord } from '@openhall/domain';
import { z } from 'zod';
import { StoredItemInvalidError } from '../table/errors.js';
import type { TableKey } from '../table/keys.js';
import { idempotencyKey } from './booking-keys.js';

export interface IdempotencyItem extends TableKey, IdempotencyRecord {
  entity: 'IdempotencyRecord';
}

export function idempotencyItem(tenantId: string, record: Omit<IdempotencyRecord, 'expiresAt'>, now: Date) {
  const item: IdempotencyItem = {
    ...idempotencyKey(tenantId, record.key),
    entity: 'IdempotencyRecord',
    ...record,
    expiresAt: epochSeconds(now) + IDEMPOTENCY_TTL_SECONDS,
  };
  return item;
}

/** Whole seconds since the epoch, as DynamoDB's time to live reads them. */
export function epochSeconds(instant: Date | number): number {
  return Math.floor((typeof instant === 'number' ? instant : instant.getTime()) / 1000);
}

const IdempotencyItemSchema = z.object({
  key: z.string(),
  requestHash: z.string(),
  code: z.string(),
  expiresAt: z.number().int(),
});

export function idempotencyRecordOf(item: Record<string, unknown>): IdempotencyRecord {
  const parsed = IdempotencyItemSchema.safeParse(item);
  if (!parsed.success) throw new StoredItemInvalidError('idempotency record', { cause: parsed.error });
  return parsed.data;
}
