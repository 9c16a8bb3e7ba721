import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '@openhall/store';
import { deleteTable, ensureTable } from '@openhall/store/local';
import { inject } from 'vitest';

export interface FreshTable {
  endpoint: string;
  tableName: string;
  client: DynamoDBDocumentClient;
  /** Deletes the table and closes the client. */
  drop(): Promise<void>;
}

/**
 * The DynamoDB Local of the worker this file runs in (`VITEST_POOL_ID` counts workers from 1), so
 * two files running at once do not queue on one Java process.
 */
export function workerDynamoEndpoint(): string {
  const endpoints = inject('dynamoEndpoints');
  const worker = Math.max(1, Number(process.env.VITEST_POOL_ID) || 1);
  return endpoints[(worker - 1) % endpoints.length] as string;
}

/**
 * A table of its own, built from the shared definition on the run's DynamoDB Local, so test files
 * run in parallel without seeing each other's data.
 * @example
 * let table: FreshTable;
 * beforeEach(async () => { table = await freshTable('config-store'); });
 * afterEach(() => table.drop());
 */
export async function freshTable(label = 'test'): Promise<FreshTable> {
  const endpoint = workerDynamoEndpoint();
  const tableName = `${label}-${randomUUID()}`;
  const client = createDocumentClient({ endpoint });
  await ensureTable(client, tableName);
  return {
    endpoint,
    tableName,
    client,
    drop: async () => {
      await deleteTable(client, tableName);
      client.destroy();
    },
  };
}
