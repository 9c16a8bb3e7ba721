import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type MarkReadOutcome,
  type StaffAlertItem,
  StaffAlertItemSchema,
  type StaffAlertStore,
} from '@openhall/domain';
import { send } from '../table/send.js';
import { getAlertParams, markReadParams, openAlertsParams, raiseAlertParams } from './staff-alert-params.js';

const conditionFailed = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException' ? true : undefined;

const itemOf = (raw: Record<string, unknown>): StaffAlertItem => StaffAlertItemSchema.parse(raw);

/**
 * The staff alert lists on the single table: one partition per member, one item per alert, written
 * with a condition (so a job run twice raises nothing new), listed open from a sparse index.
 */
export class DynamoStaffAlertStore implements StaffAlertStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async raise(items: readonly StaffAlertItem[]): Promise<number> {
    const outcomes = await Promise.all(
      items.map((item) =>
        send(
          'raising a staff alert',
          async () => {
            await this.client.send(new PutCommand(raiseAlertParams(this.tableName, item)));
            return false;
          },
          conditionFailed,
        ),
      ),
    );
    return outcomes.filter((existed) => !existed).length;
  }

  async openFor(tenantId: string, staffId: string, limit: number): Promise<StaffAlertItem[]> {
    const out = await send('reading a member’s open alerts', () =>
      this.client.send(new QueryCommand(openAlertsParams(this.tableName, tenantId, staffId, limit))),
    );
    return (out.Items ?? []).map(itemOf);
  }

  async get(tenantId: string, staffId: string, alertId: string): Promise<StaffAlertItem | undefined> {
    const out = await send('reading a staff alert', () =>
      this.client.send(new GetCommand(getAlertParams(this.tableName, tenantId, staffId, alertId))),
    );
    return out.Item ? itemOf(out.Item) : undefined;
  }

  async markRead(tenantId: string, staffId: string, alertId: string, at: string): Promise<MarkReadOutcome> {
    const refused = await send(
      'marking a staff alert read',
      async () => {
        await this.client.send(
          new UpdateCommand(markReadParams(this.tableName, tenantId, staffId, alertId, at)),
        );
        return undefined;
      },
      conditionFailed,
    );
    if (!refused) return 'read';
    return (await this.get(tenantId, staffId, alertId)) ? 'already-read' : 'not-found';
  }
}
