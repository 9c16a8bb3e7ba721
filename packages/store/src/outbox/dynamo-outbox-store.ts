import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type DomainEvent, DomainEventSchema, type OutboxStore, toShanghaiIso } from '@openhall/domain';
import { send } from '../table/send.js';
import { markRelayedParams, pendingOutboxParams } from './outbox-params.js';

/** `OutboxStore` on the single table, for the local relay (in AWS the stream and the Pipe relay). */
export class DynamoOutboxStore implements OutboxStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async pending(tenantId: string, limit: number): Promise<DomainEvent[]> {
    const out = await send('reading the outbox', () =>
      this.client.send(new QueryCommand(pendingOutboxParams(this.tableName, tenantId, limit))),
    );
    return (out.Items ?? []).map((item) => DomainEventSchema.parse(item.event));
  }

  async markRelayed(tenantId: string, event: DomainEvent, at: Date): Promise<void> {
    await send(
      'marking an event relayed',
      async () => {
        await this.client.send(
          new UpdateCommand(markRelayedParams(this.tableName, tenantId, event.eventId, toShanghaiIso(at))),
        );
      },
      // Gone already (its time to live passed): nothing is left to mark.
      (error) =>
        error instanceof Error && error.name === 'ConditionalCheckFailedException' ? true : undefined,
    );
  }
}
