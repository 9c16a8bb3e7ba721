import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type RateLimitDecision,
  type RateLimiter,
  rateWindowOf,
  shanghaiDateOf,
  shanghaiTimeOf,
} from '@openhall/domain';
import { StoreFailureError } from './errors.js';
import { rateCounterParams } from './params/rate-counter-params.js';

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
    try {
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
      return { allowed: true };
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
        return { allowed: false, retryAfterSeconds: window.retryAfterSeconds };
      }
      throw new StoreFailureError('counting a request', { cause: error });
    }
  }
}
