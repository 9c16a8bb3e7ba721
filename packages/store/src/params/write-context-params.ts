import type { BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
import { idempotencyKey, personLedgerKey, type SlotRef, slotCounterKey } from '../booking-keys.js';
import type { TableKey } from '../keys.js';

export interface WriteContextKeys {
  ledger: TableKey;
  slot: TableKey;
  idempotency?: TableKey;
}

/** The keys a booking write is decided on: the person's ledger, the slot's counter, the idempotency record. */
export function writeContextKeys(
  tenantId: string,
  query: { personId: string; slot: SlotRef; idempotencyKey?: string },
): WriteContextKeys {
  return {
    ledger: personLedgerKey(tenantId, query.personId),
    slot: slotCounterKey(tenantId, query.slot),
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
