import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SmsSendClaim, SmsSendLedger } from '@openhall/domain';
import { send } from '../table/send.js';
import { claimSmsSendParams, settleSmsSendParams } from './sms-send-params.js';

const conditionFailed = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException' ? true : undefined;

/**
 * The SMS send records on the single table: a conditional PutItem claims a key (two concurrent
 * attempts cannot both win), an UpdateItem settles it. One item per tenant and key, removed by TTL.
 */
export class DynamoSmsSendLedger implements SmsSendLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async claim(claim: SmsSendClaim): Promise<boolean> {
    const refused = await send(
      'claiming an SMS send',
      async () => {
        await this.client.send(new PutCommand(claimSmsSendParams(this.tableName, claim, this.now())));
        return undefined;
      },
      conditionFailed,
    );
    return !refused;
  }

  async markSent(tenantId: string, idempotencyKey: string, at: string, providerMessageId?: string) {
    await this.#settle(tenantId, idempotencyKey, {
      state: 'sent',
      at,
      ...(providerMessageId ? { providerMessageId } : {}),
    });
  }

  async markRejected(tenantId: string, idempotencyKey: string, at: string, providerCode: string) {
    await this.#settle(tenantId, idempotencyKey, { state: 'rejected', at, providerCode });
  }

  async #settle(
    tenantId: string,
    idempotencyKey: string,
    outcome: Parameters<typeof settleSmsSendParams>[3],
  ): Promise<void> {
    // A record no longer `sending` was settled already: the second answer changes nothing.
    await send(
      'settling an SMS send',
      async () => {
        await this.client.send(
          new UpdateCommand(settleSmsSendParams(this.tableName, tenantId, idempotencyKey, outcome)),
        );
        return undefined;
      },
      conditionFailed,
    );
  }
}
