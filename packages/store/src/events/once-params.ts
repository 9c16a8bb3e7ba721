import type { DeleteCommandInput, PutCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { keyPart, tenantPk } from '../table/keys.js';

/** Days a once-record is kept: longer than any redelivery (EventBridge retries for at most 24 hours). */
export const ONCE_RETENTION_DAYS = 30;

/** `TENANT#{t}#ONCE#{scope}#{key}` / `ONCE`: one item per effect, so claims never contend with each other. */
export function onceKey(tenantId: string, scope: string, key: string): { pk: string; sk: string } {
  return { pk: `${tenantPk(tenantId)}#ONCE#${keyPart(scope, 'scope')}#${keyPart(key, 'key')}`, sk: 'ONCE' };
}

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * Claims an effect: only where no record is, or a claim whose lease ran out (its attempt crashed or
 * failed); a completed one is never claimed again.
 */
export function claimOnceParams(
  tableName: string,
  tenantId: string,
  scope: string,
  key: string,
  now: Date,
  leaseSeconds: number,
): PutCommandInput {
  return {
    TableName: tableName,
    Item: {
      ...onceKey(tenantId, scope, key),
      entity: 'Once',
      state: 'claimed',
      leaseUntil: seconds(now) + leaseSeconds,
      expiresAt: seconds(now) + ONCE_RETENTION_DAYS * 86_400,
    },
    ConditionExpression: 'attribute_not_exists(pk) OR (#state = :claimed AND #leaseUntil < :now)',
    ExpressionAttributeNames: { '#state': 'state', '#leaseUntil': 'leaseUntil' },
    ExpressionAttributeValues: { ':claimed': 'claimed', ':now': seconds(now) },
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  };
}

export function completeOnceParams(
  tableName: string,
  tenantId: string,
  scope: string,
  key: string,
  now: Date,
): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: onceKey(tenantId, scope, key),
    UpdateExpression: 'SET #state = :done, #doneAt = :at',
    ExpressionAttributeNames: { '#state': 'state', '#doneAt': 'doneAt' },
    ExpressionAttributeValues: { ':done': 'done', ':at': seconds(now) },
  };
}

/** Gives a claim back (its attempt failed), never a completed record. */
export function releaseOnceParams(
  tableName: string,
  tenantId: string,
  scope: string,
  key: string,
): DeleteCommandInput {
  return {
    TableName: tableName,
    Key: onceKey(tenantId, scope, key),
    ConditionExpression: '#state = :claimed',
    ExpressionAttributeNames: { '#state': 'state' },
    ExpressionAttributeValues: { ':claimed': 'claimed' },
  };
}
