import type { GetCommandInput, QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  NATIONAL_SCHEDULE_PK,
  NATIONAL_SCHEDULE_YEAR_PREFIX,
  nationalScheduleHeadKey,
  nationalScheduleKey,
  nationalScheduleVersionKey,
} from '../table/keys.js';
import { versionCondition } from '../table/versioned-write.js';

import type { NationalScheduleItem, NationalScheduleVersionItem } from './national-schedule-items.js';

/** The head of the national schedules, strongly consistent: a change is seen by the next request. */
export function getNationalScheduleHeadParams(tableName: string): GetCommandInput {
  return { TableName: tableName, Key: nationalScheduleHeadKey(), ConsistentRead: true };
}

/** One year's current schedule, strongly consistent (the operator edits what is stored now). */
export function getNationalScheduleParams(tableName: string, year: number): GetCommandInput {
  return { TableName: tableName, Key: nationalScheduleKey(year), ConsistentRead: true };
}

/** Every year's current schedule: one partition, the `YEAR#` items only (a few KB each). */
export function listNationalSchedulesParams(
  tableName: string,
  exclusiveStartKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
    ExpressionAttributeValues: { ':pk': NATIONAL_SCHEDULE_PK, ':prefix': NATIONAL_SCHEDULE_YEAR_PREFIX },
    ConsistentRead: true,
    ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
  };
}

/** A year's audit trail, newest first. */
export function listNationalScheduleAuditParams(
  tableName: string,
  year: number,
  limit: number,
): QueryCommandInput {
  const prefix = nationalScheduleVersionKey(year, 0).sk.replace(/0+$/, '');
  return {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
    ExpressionAttributeValues: { ':pk': NATIONAL_SCHEDULE_PK, ':prefix': prefix },
    ScanIndexForward: false,
    Limit: limit,
  };
}

/**
 * One transaction: the year's schedule moves forward only from the version the writer read, its
 * audit entry is written once, and the head's version goes up by one, so every instance's next
 * request reads the new schedules.
 */
export function saveNationalScheduleParams(
  tableName: string,
  items: {
    schedule: NationalScheduleItem;
    version: NationalScheduleVersionItem;
    expectedVersion: number | undefined;
  },
): TransactWriteCommandInput {
  const condition = versionCondition(items.expectedVersion);
  return {
    TransactItems: [
      { Put: { TableName: tableName, Item: items.schedule, ...condition } },
      { Put: { TableName: tableName, Item: items.version, ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Update: {
          TableName: tableName,
          Key: nationalScheduleHeadKey(),
          UpdateExpression: 'SET #entity = :entity ADD #version :one',
          ExpressionAttributeNames: { '#entity': 'entity', '#version': 'version' },
          ExpressionAttributeValues: { ':entity': 'NationalScheduleHead', ':one': 1 },
        },
      },
    ],
  };
}
