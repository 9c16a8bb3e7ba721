import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableInput } from '../table/table-definition.js';

function isNamed(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

async function tableStatus(client: DynamoDBDocumentClient, tableName: string): Promise<string | undefined> {
  try {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return out.Table?.TableStatus;
  } catch (error) {
    if (isNamed(error, 'ResourceNotFoundException')) return undefined;
    throw error;
  }
}

/** Creates the table from the shared definition unless it exists, then waits until it is ACTIVE. */
export async function ensureTable(
  client: DynamoDBDocumentClient,
  tableName: string,
  timeoutMs = 30_000,
): Promise<void> {
  if ((await tableStatus(client, tableName)) === undefined) {
    try {
      await client.send(new CreateTableCommand(createTableInput(tableName)));
    } catch (error) {
      // Someone else created it in the meantime: fine, wait for it like for ours.
      if (!isNamed(error, 'ResourceInUseException')) throw error;
    }
  }
  const deadline = Date.now() + timeoutMs;
  while ((await tableStatus(client, tableName)) !== 'ACTIVE') {
    if (Date.now() > deadline) throw new Error(`table ${tableName} is not ACTIVE after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
