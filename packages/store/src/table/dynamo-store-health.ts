import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreHealth } from '@openhall/domain';
import { HEALTH_PROBE_KEY } from './keys.js';
import { send } from './send.js';

/** How long the health check waits for DynamoDB, all attempts included. */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

/**
 * The health check on the table: one GetItem of a key that holds nothing. It needs no permission
 * beyond what the API already has, and fails within `HEALTH_CHECK_TIMEOUT_MS` when the table does
 * not answer (a missing table, refused connections, a hung endpoint, throttling).
 */
export class DynamoStoreHealth implements StoreHealth {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async check(): Promise<void> {
    await send('checking the table answers', () =>
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: HEALTH_PROBE_KEY, ProjectionExpression: 'pk' }),
        { abortSignal: AbortSignal.timeout(HEALTH_CHECK_TIMEOUT_MS) },
      ),
    );
  }
}
