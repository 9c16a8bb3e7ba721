import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '@openhall/domain';
import { deliverEvent, EventRelay, LocalClock } from '@openhall/services';
import { DynamoConfigStore, DynamoOnceStore, DynamoOutboxStore } from '@openhall/store';

/*
 * A relay in a process of its own, for the crash test: `relay-process.ts <endpoint> <table> <clockOffsetMs>`.
 * Its one consumer counts its effect per event in the table, so the test sees what ran and how often.
 * It prints `delivered N` as it goes and never stops by itself: the test kills it.
 */
const [endpoint, tableName, offset = '0'] = process.argv.slice(2);
if (!endpoint || !tableName) throw new Error('usage: relay-process.ts <endpoint> <table> [clockOffsetMs]');
const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
);
const clock = LocalClock.running();
clock.advance(Number(offset));
const onceStore = new DynamoOnceStore(client, tableName);
const configStore = new DynamoConfigStore(client, tableName);
const counter = {
  name: 'effect-counter',
  handles: () => true,
  async handle(event: DomainEvent) {
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: `TENANT#${event.tenantId}#TESTEFFECT#${event.eventId}`, sk: 'EFFECT' },
        UpdateExpression: 'ADD #n :one',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
  },
};
let delivered = 0;
const relay = new EventRelay({
  outbox: new DynamoOutboxStore(client, tableName),
  tenants: async () => (await configStore.listTenants()).map((t) => t.id),
  deliver: async (event) => {
    await deliverEvent({ onceStore, now: clock.now }, [counter], event);
    delivered++;
    console.log(`delivered ${delivered}`);
  },
  now: clock.now,
});
for (;;) {
  await relay.relayOnce().catch(() => undefined);
  await new Promise((r) => setTimeout(r, 20));
}
