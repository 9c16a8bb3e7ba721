import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '@openhall/domain';
import { StoreFailureError } from './errors.js';
import { send } from './send.js';
import { cancellationCodesOf } from './transaction-cancellation.js';

/** Attempts of a save that DynamoDB cancels for a concurrent transaction while the version still matches. */
const SAVE_ATTEMPTS = 3;

/**
 * The condition of an item that moves forward only from the version the writer read: it must not
 * exist yet when the writer read none.
 */
export function versionCondition(expectedVersion: number | undefined) {
  return expectedVersion === undefined
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : {
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': expectedVersion },
      };
}

/**
 * Sends a transaction guarded by `versionCondition`. A failed condition, or a concurrent
 * transaction after which the stored version (`storedVersion`) moved, is `VersionConflictError`;
 * a concurrent transaction that changed nothing of ours is tried again, a few times.
 */
export async function saveVersioned(
  client: DynamoDBDocumentClient,
  operation: string,
  params: TransactWriteCommandInput,
  expectedVersion: number | undefined,
  storedVersion: () => Promise<number | undefined>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const codes = await send(
      operation,
      async () => {
        await client.send(new TransactWriteCommand(params));
        return undefined;
      },
      cancellationCodesOf,
    );
    if (codes === undefined) return;
    const conditionFailed = codes.includes('ConditionalCheckFailed');
    if (!conditionFailed && !codes.includes('TransactionConflict')) {
      throw new StoreFailureError(operation, {
        cause: new Error(`transaction cancelled for ${codes.join(', ')}`),
      });
    }
    const actual = await storedVersion();
    if (conditionFailed || actual !== expectedVersion)
      throw new VersionConflictError(expectedVersion, actual);
    // Only a concurrent transaction got in the way and nothing was written: try again.
    if (attempt >= SAVE_ATTEMPTS) {
      throw new StoreFailureError(operation, {
        cause: new Error('the save kept meeting concurrent transactions'),
      });
    }
  }
}
