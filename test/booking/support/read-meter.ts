import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** One read DynamoDB answered: how many items it went through and what it charged. */
export interface MeteredRead {
  /** `QueryCommand`, `BatchGetItemCommand` or `GetItemCommand`. */
  command: string;
  /** Items DynamoDB read for it: `ScannedCount` of a Query, the items a BatchGetItem or GetItem found. */
  items: number;
  /** Read capacity DynamoDB reported (`ReturnConsumedCapacity: TOTAL`). */
  capacityUnits: number;
}

/** Reads since the last `reset`, added up. */
export interface ReadTotals {
  calls: number;
  items: number;
  capacityUnits: number;
}

export interface ReadMeter {
  reads(): MeteredRead[];
  /** Every read, or only those of one command. */
  totals(command?: string): ReadTotals;
  reset(): void;
}

const READ_COMMANDS = new Set(['QueryCommand', 'BatchGetItemCommand', 'GetItemCommand']);

interface CapacityOut {
  CapacityUnits?: number;
}

function unitsOf(consumed: CapacityOut | CapacityOut[] | undefined): number {
  if (consumed === undefined) return 0;
  return (Array.isArray(consumed) ? consumed : [consumed]).reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);
}

function itemsOf(command: string, output: Record<string, unknown>): number {
  if (command === 'QueryCommand') return Number(output.ScannedCount ?? 0);
  if (command === 'GetItemCommand') return output.Item ? 1 : 0;
  const responses = (output.Responses ?? {}) as Record<string, unknown[]>;
  return Object.values(responses).reduce((n, items) => n + items.length, 0);
}

/**
 * Counts what every read of the client went through: it asks for the consumed capacity on each
 * read and keeps `ScannedCount` (Query) or the items found (BatchGetItem, GetItem) beside it.
 */
export function meterReads(client: DynamoDBDocumentClient): ReadMeter {
  let reads: MeteredRead[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName);
      if (!READ_COMMANDS.has(command)) return next(args);
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as Record<string, unknown>;
      reads.push({
        command,
        items: itemsOf(command, output),
        capacityUnits: unitsOf(output.ConsumedCapacity as CapacityOut | CapacityOut[] | undefined),
      });
      return result;
    },
    { step: 'initialize', name: 'meterReads' },
  );
  return {
    reads: () => [...reads],
    totals(command) {
      const chosen = command ? reads.filter((r) => r.command === command) : reads;
      return {
        calls: chosen.length,
        items: chosen.reduce((n, r) => n + r.items, 0),
        capacityUnits: Math.round(chosen.reduce((n, r) => n + r.capacityUnits, 0) * 100) / 100,
      };
    },
    reset() {
      reads = [];
    },
  };
}
