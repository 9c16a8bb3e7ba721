import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  addCounts,
  type Counts,
  type CountsRead,
  countsOf,
  type Dimension,
  type DomainEvent,
  type EventCounts,
  type Grain,
  type PlannedRange,
  type Province,
  type ReportStore,
} from '@openhall/domain';
import { queryAll, send } from '../table/send.js';
import { cancellationCodesOf } from '../table/transaction-cancellation.js';
import { countEventParams } from './count-event-params.js';
import { districtsOfParams } from './province-directory.js';
import { dimensionPlan, readRangeParams } from './read-report-params.js';
import { parseReportSk, REPORT_SHARDS, shardsOf } from './report-keys.js';

/** Tries of a counting transaction that met another on the same items (a busy shard). */
const CONFLICT_TRIES = 6;

/**
 * The report counters on the single table: one transaction per event (see `countEventParams`),
 * read back by key ranges of day, month and year items, every shard in parallel.
 */
export class DynamoReportStore implements ReportStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly shards = REPORT_SHARDS,
  ) {}

  async count(event: DomainEvent, counted: EventCounts): Promise<'counted' | 'duplicate'> {
    const params = countEventParams(this.tableName, event, counted, this.shards);
    for (let attempt = 1; ; attempt++) {
      const answer = await send(
        'counting an event for the reports',
        async () => {
          await this.client.send(new TransactWriteCommand(params));
          return 'counted' as const;
        },
        (error) => {
          const codes = cancellationCodesOf(error);
          if (codes === undefined) return undefined;
          // The marker is the first item: its condition failing means this event was counted before.
          if (codes[0] === 'ConditionalCheckFailed') return 'duplicate' as const;
          if (codes.includes('TransactionConflict') && attempt < CONFLICT_TRIES) return 'retry' as const;
          return undefined;
        },
      );
      if (answer !== 'retry') return answer;
      await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt * Math.random()));
    }
  }

  async totals(tenantId: string, plan: readonly PlannedRange[]): Promise<CountsRead<Counts>> {
    const items = await this.#read(tenantId, 'all', plan);
    return {
      value: items.reduce<Counts>((sum, item) => addCounts(sum, countsOf(item)), {}),
      itemsRead: items.length,
    };
  }

  async series(
    tenantId: string,
    grain: Exclude<Grain, 'year'>,
    from: string,
    to: string,
  ): Promise<CountsRead<Map<string, Counts>>> {
    const items = await this.#read(tenantId, 'all', [{ grain, from, to }]);
    const byPeriod = new Map<string, Counts>();
    for (const item of items) {
      const { period } = parseReportSk(String(item.sk));
      byPeriod.set(period, addCounts(byPeriod.get(period) ?? {}, countsOf(item)));
    }
    return { value: byPeriod, itemsRead: items.length };
  }

  async byDimension(
    tenantId: string,
    dimension: Dimension,
    plan: readonly PlannedRange[],
  ): Promise<CountsRead<Map<string, Counts>>> {
    const items = await this.#read(tenantId, dimension, dimensionPlan(plan));
    const byId = new Map<string, Counts>();
    for (const item of items) {
      const { id } = parseReportSk(String(item.sk));
      if (id === undefined) continue;
      byId.set(id, addCounts(byId.get(id) ?? {}, countsOf(item)));
    }
    return { value: byId, itemsRead: items.length };
  }

  async districtsOf(province: Province): Promise<string[]> {
    const items = await queryAll(this.client, "listing a province's districts", (startKey) =>
      districtsOfParams(this.tableName, province, startKey),
    );
    return items.map((item) => String(item.tenantId)).sort();
  }

  /** Every item of every run of the plan, from every shard: runs × shards Queries, in parallel. */
  async #read(
    tenantId: string,
    dimension: Dimension | 'all',
    plan: readonly PlannedRange[],
  ): Promise<Record<string, unknown>[]> {
    const reads: Promise<Record<string, unknown>[]>[] = [];
    for (const range of plan) {
      for (let shard = 0; shard < shardsOf(dimension, this.shards); shard++) {
        reads.push(
          queryAll(this.client, 'reading report counters', (startKey) =>
            readRangeParams(this.tableName, tenantId, dimension, shard, range, startKey),
          ),
        );
      }
    }
    return (await Promise.all(reads)).flat();
  }
}
