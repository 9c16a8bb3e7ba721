import type { BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
import type { TableKey } from '../table/keys.js';
import { idempotencyKey, personLedgerKey } from './booking-keys.js';

export interface WriteContextKeys {
  ledger: TableKey;
  idempotency?: TableKey;
}

/**
 * The single items a booking write is decided on: the person's ledger and the idempotency record
 * (the place counters come beside them, from one Query per window).
 */
export function writeContextKeys(
  tenantId: string,
  query: { personId: string; idempotencyKey?: string },
): WriteContextKeys {
  return {
    ledger: personLedgerKey(tenantId, query.personId),
    ...(query.idempotencyKey === undefined
      ? {}
      : { idempotency: idempotencyKey(tenantId, query.idempotencyKey) }),
  };
}

/** One strongly consistent BatchGetItem for those keys (or for the ones a previous page left unprocessed). */
export function writeContextParams(tableName: string, keys: readonly TableKey[]): BatchGetCommandInput {
  return {
    RequestItems: { [tableName]: { Keys: keys.map((k) => ({ pk: k.pk, sk: k.sk })), ConsistentRead: true } },
  };
}
