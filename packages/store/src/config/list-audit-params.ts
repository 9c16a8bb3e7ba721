import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { CONFIG_VERSION_PREFIX, configVersionSk, tenantPk } from '../table/keys.js';
import { AUDIT_ATTRIBUTES } from './config-version-item.js';

export interface ListAuditPage {
  /** Entries wanted in this page. */
  limit: number;
  /** Only versions older than this one. */
  before?: number;
  exclusiveStartKey?: Record<string, unknown>;
}

/**
 * A tenant's versions, newest first. `BETWEEN` bounds the sort key because a key condition allows
 * one test only: the lower bound keeps the CONFIG item out, the upper one applies `before`.
 */
export function listAuditParams(tableName: string, tenantId: string, page: ListAuditPage): QueryCommandInput {
  const newest =
    page.before === undefined ? `${CONFIG_VERSION_PREFIX}~` : configVersionSk(Math.max(page.before - 1, 0));
  const names = Object.fromEntries(AUDIT_ATTRIBUTES.map((a) => [`#${a}`, a]));
  return {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :oldest AND :newest',
    ProjectionExpression: AUDIT_ATTRIBUTES.map((a) => `#${a}`).join(', '),
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', ...names },
    ExpressionAttributeValues: {
      ':pk': tenantPk(tenantId),
      ':oldest': CONFIG_VERSION_PREFIX,
      ':newest': newest,
    },
    ScanIndexForward: false,
    Limit: page.limit,
    ...(page.exclusiveStartKey ? { ExclusiveStartKey: page.exclusiveStartKey } : {}),
  };
}
