import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type LocalDate,
  type RotaAuditEntry,
  type RotaDay,
  RotaDaySchema,
  type RotaStore,
  type SaveRotaDayInput,
  type TimeOffEntry,
  TimeOffEntrySchema,
} from '@openhall/domain';
import { queryAll, send } from '../table/send.js';
import { saveVersioned } from '../table/versioned-write.js';
import {
  getRotaDayParams,
  rotaAuditParams,
  rotaMonthParams,
  saveRotaDayParams,
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
    await saveVersioned(
      this.client,
      'saving a rota day',
      params,
      input.expectedVersion,
      async () => (await this.getRotaDay(tenantId, rota.hallId, rota.date))?.version,
    );
    return rota;
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

  async timeOffLedger(tenantId: string, staffId: string): Promise<TimeOffEntry[]> {
    const items = await queryAll(this.client, 'reading a time-off ledger', (startKey) =>
      timeOffLedgerParams(this.tableName, tenantId, staffId, startKey),
    );
    return items.map((i) => TimeOffEntrySchema.parse(i));
  }
}
