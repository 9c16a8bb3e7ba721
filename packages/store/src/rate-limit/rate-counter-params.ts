import type { UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { rateCounterKey } from '../booking/booking-keys.js';

/** A minute's counter stays two minutes past its minute, then time to live removes it. */
const RATE_COUNTER_GRACE_SECONDS = 120;

export interface RateCounterHit {
  tenantId: string;
  clientKey: string;
  /** `YYYY-MM-DDTHH:MM`, Asia/Shanghai. */
  minute: string;
  /** Epoch seconds at the end of that minute. */
  minuteEndsAt: number;
  limit: number;
}

/**
 * Counts one request of a client in its minute, refused (ConditionalCheckFailed) once `limit` are
 * counted, so a refused request does not push the count further.
 */
export function rateCounterParams(tableName: string, hit: RateCounterHit): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: rateCounterKey(hit.tenantId, hit.clientKey, hit.minute),
    UpdateExpression: 'SET #entity = :entity, #expiresAt = :expiresAt ADD #count :one',
    ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
    ExpressionAttributeNames: { '#count': 'count', '#entity': 'entity', '#expiresAt': 'expiresAt' },
    ExpressionAttributeValues: {
      ':one': 1,
      ':limit': hit.limit,
      ':entity': 'RateCounter',
      ':expiresAt': hit.minuteEndsAt + RATE_COUNTER_GRACE_SECONDS,
    },
  };
}
