import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  LeaveApplicationChangedError,
  type LocalDate,
  type RotaAuditEntry,
  type RotaDay,
  RotaDaySchema,
  RotaPlacesChangedError,
  type RotaStore,
  type SaveRotaDayInput,
  TimeOffBalanceChangedError,
  type TimeOffEntry,
  TimeOffEntrySchema,
  VersionConflictError,
} from '@openhall/domain';
import { StoreFailureError } from '../table/errors.js';
import { queryAll, send } from '../table/send.js';
import { cancellationCodesOf } from '../table/transaction-cancellation.js';
import { placesGuardsParams } from './places-guard.js';
import {
  addTimeOffParams,
  getRotaDayParams,
  rotaAuditParams,
  rotaMonthParams,
  saveRotaDayParams,
  timeOffBalanceVersionParams,
  timeOffLedgerParams,
} from './rota-params.js';

/** Most ledger lines and accruals one rota save writes: a transaction holds 100 items. */
const MAX_ITEMS = 100;

function rotaDayOf(item: Record<string, unknown>): RotaDay {
  return RotaDaySchema.parse(item);
}

/** `RotaStore` on the single table: one item per hall-day, versioned; see docs/data-model.md. */
export class DynamoRotaStore implements RotaStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getRotaDay(tenantId: string, hallId: string, date: LocalDate): Promise<RotaDay | undefined> {
    const out = await send('reading a rota day', () =>
      this.client.send(new GetCommand(getRotaDayParams(this.tableName, tenantId, hallId, date))),
    );
    return out.Item ? rotaDayOf(out.Item) : undefined;
  }

  async rotaMonth(tenantId: string, hallId: string, month: string): Promise<RotaDay[]> {
    const items = await queryAll(this.client, 'reading a rota month', (startKey) =>
      rotaMonthParams(this.tableName, tenantId, hallId, month, startKey),
    );
    return items.map(rotaDayOf);
  }

  async saveRotaDay(input: SaveRotaDayInput): Promise<RotaDay> {
    const params = saveRotaDayParams(this.tableName, input);
    if ((params.TransactItems?.length ?? 0) > MAX_ITEMS) {
      throw new RangeError(`a rota day writes at most ${MAX_ITEMS} items at once`);
    }
    const { tenantId, rota } = input;
    const guards = input.placesGuards ?? [];
    const balances = input.balanceGuards ?? [];
    const firstGuard = (params.TransactItems?.length ?? 0) - guards.length;
    const firstBalance = firstGuard - balances.length;
    const codes = await send(
      'saving a rota day',
      async () => {
        await this.client.send(new TransactWriteCommand(params));
        return undefined;
      },
      cancellationCodesOf,
    );
    if (codes === undefined) return rota;
    if (input.leaveApplication && codes[2] === 'ConditionalCheckFailed') {
      throw new LeaveApplicationChangedError(input.leaveApplication.next.id);
    }
    const actual = (await this.getRotaDay(tenantId, rota.hallId, rota.date))?.version;
    if (actual !== input.expectedVersion || codes[0] === 'ConditionalCheckFailed') {
      throw new VersionConflictError(input.expectedVersion, actual);
    }
    const spent = balances.filter((_, i) => codes[firstBalance + i] === 'ConditionalCheckFailed');
    if (spent.length > 0) throw new TimeOffBalanceChangedError(spent.map((g) => g.staffId));
    const moved = guards.filter((_, i) => codes[firstGuard + i] === 'ConditionalCheckFailed');
    // A booking landed at a guarded window, or a concurrent transaction got in the way: nothing was
    // written, and the caller decides again on what is there now.
    if (moved.length > 0 || codes.includes('TransactionConflict')) {
      throw new RotaPlacesChangedError(moved.map((g) => g.windowId));
    }
    throw new StoreFailureError('saving a rota day', {
      cause: new Error(`transaction cancelled for ${codes.join(', ')}`),
    });
  }

  async addTimeOff(tenantId: string, entries: readonly TimeOffEntry[]): Promise<void> {
    if (entries.length === 0) return;
    if (entries.length > MAX_ITEMS) throw new RangeError(`at most ${MAX_ITEMS} time-off lines at once`);
    await send('writing time-off lines', () =>
      this.client.send(new TransactWriteCommand(addTimeOffParams(this.tableName, tenantId, entries))),
    );
  }

  async placesGuards(tenantId: string, hallId: string, date: LocalDate): Promise<Map<string, number>> {
    const items = await queryAll(this.client, 'reading places guards', (startKey) =>
      placesGuardsParams(this.tableName, tenantId, hallId, date, startKey),
    );
    return new Map(
      items.map((i) => [String(i.sk).slice('GUARD#'.length), typeof i.seq === 'number' ? i.seq : 0]),
    );
  }

  async rotaAudit(
    tenantId: string,
    hallId: string,
    date: LocalDate,
    limit: number,
  ): Promise<RotaAuditEntry[]> {
    const out = await send('reading a rota day audit trail', () =>
      this.client.send(
        new QueryCommand(
          rotaAuditParams(this.tableName, tenantId, hallId, date, Math.min(Math.max(1, limit), 100)),
        ),
      ),
    );
    return (out.Items ?? []).map((i) => ({
      hallId: String(i.hallId),
      date: String(i.date),
      version: Number(i.version),
      at: String(i.at),
      actor: String(i.actor),
      staffChanged: (i.staffChanged as string[] | undefined) ?? [],
    }));
  }

  async timeOffBalanceVersion(tenantId: string, staffId: string): Promise<number> {
    const out = await send('reading a time-off balance version', () =>
      this.client.send(new GetCommand(timeOffBalanceVersionParams(this.tableName, tenantId, staffId))),
    );
    return typeof out.Item?.version === 'number' ? out.Item.version : 0;
  }

  async timeOffLedger(tenantId: string, staffId: string): Promise<TimeOffEntry[]> {
    const items = await queryAll(this.client, 'reading a time-off ledger', (startKey) =>
      timeOffLedgerParams(this.tableName, tenantId, staffId, startKey),
    );
    return items.map((i) => TimeOffEntrySchema.parse(i));
  }
}
