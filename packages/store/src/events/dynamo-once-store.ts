import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { OnceStore } from '@openhall/domain';
import { send } from '../table/send.js';
import { claimOnceParams, completeOnceParams, onceKey, releaseOnceParams } from './once-params.js';

function failedCondition(error: unknown): error is Error & { Item?: Record<string, unknown> } {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** `OnceStore` on the single table: one conditional write per claim. */
export class DynamoOnceStore implements OnceStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(
    tenantId: string,
    scope: string,
    key: string,
    now: Date,
    leaseSeconds: number,
  ): Promise<'claimed' | 'done' | 'busy'> {
    const outcome = await send(
      'claiming an effect',
      async () => {
        await this.client.send(
          new PutCommand(claimOnceParams(this.tableName, tenantId, scope, key, now, leaseSeconds)),
        );
        return 'claimed' as const;
      },
      (error) => (failedCondition(error) ? { held: stateOf(error.Item) } : undefined),
    );
    if (outcome === 'claimed') return outcome;
    // The item that failed the condition says whether it is done; read it when it was not returned.
    const state = outcome.held ?? (await this.stateOf(tenantId, scope, key));
    return state === 'done' ? 'done' : 'busy';
  }

  private async stateOf(tenantId: string, scope: string, key: string): Promise<string | undefined> {
    const out = await send('reading a claim', () =>
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: onceKey(tenantId, scope, key),
          ConsistentRead: true,
        }),
      ),
    );
    return typeof out.Item?.state === 'string' ? out.Item.state : undefined;
  }

  async complete(tenantId: string, scope: string, key: string, now: Date): Promise<void> {
    await send('completing an effect', () =>
      this.client.send(new UpdateCommand(completeOnceParams(this.tableName, tenantId, scope, key, now))),
    );
  }

  async release(tenantId: string, scope: string, key: string): Promise<void> {
    await send(
      'releasing a claim',
      async () => {
        await this.client.send(new DeleteCommand(releaseOnceParams(this.tableName, tenantId, scope, key)));
      },
      (error) => (failedCondition(error) ? true : undefined),
    );
  }
}

/** The state of the item a failed condition returned (the DocumentClient may leave it marshalled). */
function stateOf(item: Record<string, unknown> | undefined): string | undefined {
  const state = item?.state;
  if (typeof state === 'string') return state;
  if (state && typeof state === 'object' && 'S' in state) return String((state as { S: unknown }).S);
  return undefined;
}
