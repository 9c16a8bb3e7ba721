import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type RateLimitDecision,
  type RateLimiter,
  rateWindowOf,
  shanghaiDateOf,
  shanghaiTimeOf,
} from '@openhall/domain';
import { send } from '../table/send.js';
import { rateCounterParams } from './rate-counter-params.js';

/**
 * Fixed one-minute windows counted in DynamoDB: one conditional UpdateItem per request, on an item
 * per tenant, hashed client and minute that time to live removes. Shared by every Lambda instance,
 * which an in-memory limiter would not be; API Gateway's own throttling is per route, not per client.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async hit(
    tenantId: string,
    clientKey: string,
    limitPerMinute: number,
    now: Date,
  ): Promise<RateLimitDecision> {
    const window = rateWindowOf(now);
    const minute = `${shanghaiDateOf(now)}T${shanghaiTimeOf(now)}`;
    const refused = await send(
      'counting a request',
      async () => {
        await this.client.send(
          new UpdateCommand(
            rateCounterParams(this.tableName, {
              tenantId,
              clientKey,
              minute,
              minuteEndsAt: window.endsAt,
              limit: limitPerMinute,
            }),
          ),
        );
        return undefined;
      },
      (error) =>
        error instanceof Error && error.name === 'ConditionalCheckFailedException' ? true : undefined,
    );
    if (!refused) return { allowed: true };
    return { allowed: false, retryAfterSeconds: window.retryAfterSeconds };
  }
}
