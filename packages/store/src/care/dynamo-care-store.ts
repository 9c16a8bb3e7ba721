import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  type CareKind,
  type CareStore,
  type CareWrite,
  type DomainEvent,
  type StoredCareRecord,
  VersionConflictError,
} from '@openhall/domain';
import { StoreFailureError } from '../table/errors.js';
import { queryPages, send } from '../table/send.js';
import { cancellationCodesOf } from '../table/transaction-cancellation.js';
import { commitCareParams, getCareParams, listCareParams } from './care-params.js';

/** Visits, ratings, follow-ups, complaints and cases on the single table (see `care-keys.ts`). */
export class DynamoCareStore implements CareStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get<T>(tenantId: string, kind: CareKind, id: string): Promise<StoredCareRecord<T> | undefined> {
    const out = await send(`reading a ${kind}`, () =>
      this.client.send(new GetCommand(getCareParams(this.tableName, tenantId, kind, id))),
    );
    if (!out.Item) return undefined;
    return { record: out.Item.record as T, version: out.Item.version as number };
  }

  async commit(
    tenantId: string,
    writes: readonly CareWrite[],
    events: readonly DomainEvent[],
  ): Promise<void> {
    const codes = await send(
      'saving a care record',
      async () => {
        await this.client.send(
          new TransactWriteCommand(commitCareParams(this.tableName, tenantId, writes, events)),
        );
        return undefined;
      },
      cancellationCodesOf,
    );
    if (codes === undefined) return;
    const failed = writes.findIndex(
      (_, i) => codes[i] === 'ConditionalCheckFailed' || codes[i] === 'TransactionConflict',
    );
    if (failed >= 0) {
      // Another change of the same record came first: the caller reads it again and decides anew.
      throw new VersionConflictError(writes[failed]!.expectedVersion, undefined);
    }
    throw new StoreFailureError('saving a care record', {
      cause: new Error(`transaction cancelled for ${codes.join(', ')}`),
    });
  }

  async list<T>(
    tenantId: string,
    name: string,
    options: { before?: string; limit?: number } = {},
  ): Promise<StoredCareRecord<T>[]> {
    const found: StoredCareRecord<T>[] = [];
    for await (const page of queryPages(this.client, `listing ${name}`, (startKey) =>
      listCareParams(this.tableName, tenantId, name, options, startKey),
    )) {
      for (const item of page) found.push({ record: item.record as T, version: item.version as number });
      if (options.limit !== undefined && found.length >= options.limit) return found.slice(0, options.limit);
    }
    return found;
  }
}
