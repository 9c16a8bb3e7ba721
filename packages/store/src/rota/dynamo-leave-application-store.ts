import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type DomainEvent,
  type LeaveApplication,
  LeaveApplicationChangedError,
  LeaveApplicationSchema,
  type LeaveApplicationStore,
} from '@openhall/domain';
import { StoreFailureError } from '../table/errors.js';
import { queryAll, send } from '../table/send.js';
import { cancellationCodesOf } from '../table/transaction-cancellation.js';
import {
  closeLeaveApplicationParams,
  createLeaveApplicationParams,
  getLeaveApplicationParams,
  leaveApplicationsOfStaffParams,
  pendingLeaveParams,
} from './leave-application-params.js';

function applicationOf(item: Record<string, unknown>): LeaveApplication {
  return LeaveApplicationSchema.parse(item);
}

/** `LeaveApplicationStore` on the single table; see docs/data-model.md (leave requests). */
export class DynamoLeaveApplicationStore implements LeaveApplicationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(tenantId: string, application: LeaveApplication, event: DomainEvent): Promise<void> {
    await this.transact(
      'writing a leave request',
      application.id,
      createLeaveApplicationParams(this.tableName, tenantId, application, event),
    );
  }

  async get(tenantId: string, staffId: string, id: string): Promise<LeaveApplication | undefined> {
    const out = await send('reading a leave request', () =>
      this.client.send(new GetCommand(getLeaveApplicationParams(this.tableName, tenantId, staffId, id))),
    );
    return out.Item ? applicationOf(out.Item) : undefined;
  }

  async ofStaff(tenantId: string, staffId: string, limit: number): Promise<LeaveApplication[]> {
    const out = await send('reading leave requests', () =>
      this.client.send(
        new QueryCommand(
          leaveApplicationsOfStaffParams(
            this.tableName,
            tenantId,
            staffId,
            Math.min(Math.max(1, limit), 100),
          ),
        ),
      ),
    );
    return (out.Items ?? []).map(applicationOf);
  }

  async pending(tenantId: string): Promise<LeaveApplication[]> {
    const items = await queryAll(this.client, 'reading pending leave requests', (startKey) =>
      pendingLeaveParams(this.tableName, tenantId, startKey),
    );
    return items.map(applicationOf);
  }

  async close(
    tenantId: string,
    next: LeaveApplication,
    expectedVersion: number,
    event: DomainEvent,
  ): Promise<void> {
    await this.transact(
      'deciding a leave request',
      next.id,
      closeLeaveApplicationParams(this.tableName, tenantId, next, expectedVersion, event),
    );
  }

  /** A failed condition or a concurrent transaction on the request: it changed meanwhile. */
  private async transact(
    what: string,
    id: string,
    params: ConstructorParameters<typeof TransactWriteCommand>[0],
  ): Promise<void> {
    const codes = await send(
      what,
      async () => {
        await this.client.send(new TransactWriteCommand(params));
        return undefined;
      },
      cancellationCodesOf,
    );
    if (codes === undefined) return;
    if (codes.includes('ConditionalCheckFailed') || codes.includes('TransactionConflict')) {
      throw new LeaveApplicationChangedError(id);
    }
    throw new StoreFailureError(what, { cause: new Error(`transaction cancelled for ${codes.join(', ')}`) });
  }
}
