import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  PhoneVerification,
  PhoneVerificationStore,
  SendLog,
  StartVerificationWrite,
} from '@openhall/domain';
import { send } from '../table/send.js';
import { cancellationCodesOf } from '../table/transaction-cancellation.js';
import {
  phoneVerificationItem,
  phoneVerificationOf,
  smsSendLogItem,
  smsSendLogOf,
} from './phone-verification-item.js';
import { phoneVerificationKey, smsSendLogKey } from './phone-verification-keys.js';

const VERSION_IS = '#version = :expected';
const VERSION_NAMES = { '#version': 'version' };

/**
 * Phone verifications on the single table: a GetItem per read, a conditional PutItem per change,
 * and one transaction for a new code (the verification and the phone's send log), each item with
 * its time to live. Keys hold the verification id or the phone's keyed hash, never the phone.
 */
export class DynamoPhoneVerificationStore implements PhoneVerificationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async sendLog(tenantId: string, personId: string): Promise<SendLog> {
    const key = smsSendLogKey(tenantId, personId);
    const out = await send('reading an SMS send log', () =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true })),
    );
    return smsSendLogOf(out.Item, personId);
  }

  async startVerification(write: StartVerificationWrite): Promise<'started' | 'changed'> {
    const logCondition =
      write.expectedLogVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: VERSION_IS,
            ExpressionAttributeNames: VERSION_NAMES,
            ExpressionAttributeValues: { ':expected': write.expectedLogVersion },
          };
    const params = {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: smsSendLogItem(write.tenantId, write.log),
            ...logCondition,
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: phoneVerificationItem(write.tenantId, write.verification),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    };
    return send(
      'starting a phone verification',
      async () => {
        await this.client.send(new TransactWriteCommand(params));
        return 'started' as const;
      },
      (error) => (cancellationCodesOf(error) ? ('changed' as const) : undefined),
    );
  }

  async getVerification(tenantId: string, id: string): Promise<PhoneVerification | undefined> {
    const key = phoneVerificationKey(tenantId, id);
    const out = await send('reading a phone verification', () =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true })),
    );
    return phoneVerificationOf(out.Item);
  }

  async updateVerification(tenantId: string, next: PhoneVerification): Promise<'updated' | 'changed'> {
    const params = {
      TableName: this.tableName,
      Item: phoneVerificationItem(tenantId, next),
      ConditionExpression: VERSION_IS,
      ExpressionAttributeNames: VERSION_NAMES,
      ExpressionAttributeValues: { ':expected': next.version - 1 },
    };
    return send(
      'updating a phone verification',
      async () => {
        await this.client.send(new PutCommand(params));
        return 'updated' as const;
      },
      (error) =>
        error instanceof Error && error.name === 'ConditionalCheckFailedException'
          ? ('changed' as const)
          : undefined,
    );
  }
}
