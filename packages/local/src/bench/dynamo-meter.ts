import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** DynamoDB calls and consumed capacity counted since the last reset. */
export interface DynamoTally {
  /** Calls per SDK command (`GetItemCommand`, `TransactWriteItemsCommand` ...), failed ones included. */
  calls: Record<string, number>;
  /** Failed calls per `<command> <error name>`, e.g. a cancelled transaction. */
  errors: Record<string, number>;
  /** Capacity units DynamoDB reported as consumed (reads and writes together). */
  capacityUnits: number;
  /** The same, per SDK command. */
  capacityByCommand: Record<string, number>;
  /** Items DynamoDB read: a GetItem's item, a Query's scanned items, a BatchGetItem's answers. */
  itemsRead: number;
}

export interface DynamoMeter {
  tally(): DynamoTally;
  reset(): void;
}

/** Commands that accept `ReturnConsumedCapacity`; table management calls do not. */
const DATA_COMMANDS = new Set([
  'GetItemCommand',
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'QueryCommand',
  'ScanCommand',
  'BatchGetItemCommand',
  'BatchWriteItemCommand',
  'TransactGetItemsCommand',
  'TransactWriteItemsCommand',
]);

/**
 * Items one answer read: the item of GetItem, the items a Query or Scan went through
 * (`ScannedCount`, what it is charged for), the answers of BatchGetItem and TransactGetItems.
 */
export function itemsReadOf(output: Record<string, unknown>): number {
  if (typeof output.ScannedCount === 'number') return output.ScannedCount;
  if (typeof output.Count === 'number') return output.Count;
  if ('Item' in output) return output.Item ? 1 : 0;
  const responses = output.Responses;
  if (Array.isArray(responses)) return responses.filter((r) => r?.Item).length;
  if (responses && typeof responses === 'object') {
    return Object.values(responses).reduce(
      (n: number, items) => n + (Array.isArray(items) ? items.length : 0),
      0,
    );
  }
  return 0;
}

interface ConsumedCapacity {
  CapacityUnits?: number;
}

function unitsOf(consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number {
  if (consumed === undefined) return 0;
  const list = Array.isArray(consumed) ? consumed : [consumed];
  return list.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
}

/**
 * Counts every command the client sends and the capacity it consumed. It asks DynamoDB for
 * `ReturnConsumedCapacity: TOTAL` on each data command, so the stores measured need no change;
 * the answer only gains a field they do not read. For benchmarks, not for the product.
 */
export function meterDynamo(client: DynamoDBDocumentClient): DynamoMeter {
  let calls: Record<string, number> = {};
  let errors: Record<string, number> = {};
  let capacityUnits = 0;
  let capacityByCommand: Record<string, number> = {};
  let itemsRead = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      const input = args.input as Record<string, unknown>;
      if (DATA_COMMANDS.has(command)) input.ReturnConsumedCapacity = 'TOTAL';
      calls[command] = (calls[command] ?? 0) + 1;
      try {
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] };
        const units = unitsOf(output.ConsumedCapacity);
        capacityUnits += units;
        capacityByCommand[command] = (capacityByCommand[command] ?? 0) + units;
        itemsRead += itemsReadOf(result.output as Record<string, unknown>);
        return result;
      } catch (error) {
        const key = `${command} ${error instanceof Error ? error.name : 'unknown'}`;
        errors[key] = (errors[key] ?? 0) + 1;
        throw error;
      }
    },
    { step: 'initialize', name: 'benchDynamoMeter', override: true },
  );
  return {
    tally: () => ({
      calls: { ...calls },
      errors: { ...errors },
      capacityUnits,
      capacityByCommand: { ...capacityByCommand },
      itemsRead,
    }),
    reset() {
      calls = {};
      errors = {};
      capacityUnits = 0;
      capacityByCommand = {};
      itemsRead = 0;
    },
  };
}
