import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Dimension, Grain, PlannedRange } from '@openhall/domain';
import { reportPk, reportSk } from './report-keys.js';

/** The Query of one run of a shard's counter items: a key range, so it reads only those items. */
export function readRangeParams(
  tableName: string,
  tenantId: string,
  dimension: Dimension | 'all',
  shard: number,
  range: PlannedRange,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  const low = reportSk(range.grain, range.from);
  // A dimension's items carry `#{id}` after the period: `~` sorts after every id character.
  const high = dimension === 'all' ? reportSk(range.grain, range.to) : `${reportSk(range.grain, range.to)}#~`;
  return {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
    ExpressionAttributeValues: { ':pk': reportPk(tenantId, dimension, shard), ':low': low, ':high': high },
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}

/**
 * Dimension items are kept by day and month only (a year item per window would double the writes
 * for a read that twelve month items answer), so a year in a plan reads as its twelve months.
 */
export function dimensionPlan(plan: readonly PlannedRange[]): PlannedRange[] {
  return plan.map((r) =>
    r.grain === 'year' ? { grain: 'month' as Grain, from: `${r.from}-01`, to: `${r.to}-12` } : r,
  );
}
