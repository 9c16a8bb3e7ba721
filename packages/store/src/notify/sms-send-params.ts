import type { PutCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { SMS_SEND_RECORD_DAYS, type SmsSendClaim } from '@openhall/domain';
import { epochSeconds } from '../booking/idempotency-item.js';
import { keyPart, type TableKey, tenantPk } from '../table/keys.js';

/** Sort-key prefix of the SMS send records. */
export const SMS_SEND_PREFIX = 'SMS#';

/** Longest idempotency key kept (a sort key holds 1 KiB; ours are ids joined by dashes). */
const MAX_KEY_LENGTH = 200;

/** `TENANT#{tenantId}` / `SMS#{idempotencyKey}`: one record per tenant and key. */
export function smsSendKey(tenantId: string, idempotencyKey: string): TableKey {
  if (idempotencyKey.length > MAX_KEY_LENGTH) {
    throw new RangeError(`idempotency key longer than ${MAX_KEY_LENGTH} characters`);
  }
  return { pk: tenantPk(tenantId), sk: `${SMS_SEND_PREFIX}${keyPart(idempotencyKey, 'idempotency key')}` };
}

/**
 * The claim: a put that succeeds only when no record is there or the last attempt was refused by the
 * provider, counting the attempts. The item keeps ids and facts only, never the phone or the text.
 */
export function claimSmsSendParams(tableName: string, claim: SmsSendClaim, now: Date): PutCommandInput {
  return {
    TableName: tableName,
    Item: {
      ...smsSendKey(claim.tenantId, claim.idempotencyKey),
      entity: 'SmsSend',
      templateKey: claim.templateKey,
      provider: claim.provider,
      state: 'sending',
      claimedAt: claim.at,
      expiresAt: epochSeconds(now) + SMS_SEND_RECORD_DAYS * 86_400,
    },
    ConditionExpression: 'attribute_not_exists(pk) OR #state = :rejected',
    ExpressionAttributeNames: { '#state': 'state' },
    ExpressionAttributeValues: { ':rejected': 'rejected' },
  };
}

/** Marks the claimed record with what the provider answered (`sent` or `rejected`), only while it is `sending`. */
export function settleSmsSendParams(
  tableName: string,
  tenantId: string,
  idempotencyKey: string,
  outcome:
    | { state: 'sent'; at: string; providerMessageId?: string }
    | { state: 'rejected'; at: string; providerCode: string },
): UpdateCommandInput {
  const detail =
    outcome.state === 'sent'
      ? { name: 'providerMessageId', value: outcome.providerMessageId ?? '' }
      : { name: 'providerCode', value: outcome.providerCode };
  return {
    TableName: tableName,
    Key: smsSendKey(tenantId, idempotencyKey),
    UpdateExpression: 'SET #state = :state, settledAt = :at, #detail = :detail',
    ConditionExpression: '#state = :sending',
    ExpressionAttributeNames: { '#state': 'state', '#detail': detail.name },
    ExpressionAttributeValues: {
      ':state': outcome.state,
      ':at': outcome.at,
      ':detail': detail.value,
      ':sending': 'sending',
    },
  };
}
