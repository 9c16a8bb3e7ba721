import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { DomainEvent, JobStore, LateBooking, LocalDate } from '@openhall/domain';
import { outboxPut } from '../outbox/outbox-item.js';
import { StoreFailureError } from '../table/errors.js';
import { queryAll, send } from '../table/send.js';
import { cancellationCodesOf } from '../table/transaction-cancellation.js';
import { closeDayParams, flagLateParams, lateOnParams } from './job-params.js';

/** `JobStore` on the single table. */
export class DynamoJobStore implements JobStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async flagLate(late: LateBooking, event: DomainEvent): Promise<'flagged' | 'exists'> {
    const tenantId = event.tenantId;
    const done = await this.once(
      'flagging a late booking',
      flagLateParams(this.tableName, tenantId, late, event),
    );
    return done ? 'flagged' : 'exists';
  }

  async lateOn(tenantId: string, date: LocalDate): Promise<LateBooking[]> {
    const items = await queryAll(this.client, 'reading the late bookings of a day', (startKey) =>
      lateOnParams(this.tableName, tenantId, date, startKey),
    );
    return items.map((i) => ({
      code: String(i.code),
      hallId: String(i.hallId),
      windowId: String(i.windowId),
      date: String(i.date),
      start: String(i.start),
      flaggedAt: String(i.flaggedAt),
    }));
  }

  async closeDay(tenantId: string, date: LocalDate, event: DomainEvent): Promise<'closed' | 'exists'> {
    const done = await this.once('closing a day', closeDayParams(this.tableName, tenantId, date, event));
    return done ? 'closed' : 'exists';
  }

  async publish(event: DomainEvent): Promise<'published' | 'exists'> {
    const done = await this.once('publishing an event', {
      TransactItems: [outboxPut(this.tableName, event)],
    });
    return done ? 'published' : 'exists';
  }

  /** True when the transaction landed, false when its first item (the marker) was there already. */
  private async once(operation: string, params: TransactWriteCommandInput): Promise<boolean> {
    const codes = await send(
      operation,
      async () => {
        await this.client.send(new TransactWriteCommand(params));
        return undefined;
      },
      cancellationCodesOf,
    );
    if (codes === undefined) return true;
    if (codes[0] === 'ConditionalCheckFailed') return false;
    throw new StoreFailureError(operation, {
      cause: new Error(`transaction cancelled for ${codes.join(', ')}`),
    });
  }
}
