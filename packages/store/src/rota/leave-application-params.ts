import type { GetCommandInput, QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent, LeaveApplication } from '@openhall/domain';
import { outboxPut } from '../outbox/outbox-item.js';
import { keyPart, type TableKey, tenantPk } from '../table/keys.js';
import { versionCondition } from '../table/versioned-write.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** `TENANT#{t}#LEAVEREQ#{staffId}` / `REQ#{id}`: one member's leave requests (ids sort by time). */
export function leaveApplicationKey(tenantId: string, staffId: string, id: string): TableKey {
  return {
    pk: `${tenantPk(tenantId)}#LEAVEREQ#${keyPart(staffId, 'staff id')}`,
    sk: `REQ#${keyPart(id, 'leave request id')}`,
  };
}

/** `TENANT#{t}#LEAVEPENDING` / `{date}#{id}`: the tenant's requests awaiting a decision, by date. */
export function leavePendingKey(tenantId: string, a: Pick<LeaveApplication, 'date' | 'id'>): TableKey {
  return {
    pk: `${tenantPk(tenantId)}#LEAVEPENDING`,
    sk: `${keyPart(a.date, 'date')}#${keyPart(a.id, 'leave request id')}`,
  };
}

/** The request at its new version, only if still at `expectedVersion` (undefined: a new one). */
export function leaveApplicationPut(
  tableName: string,
  tenantId: string,
  next: LeaveApplication,
  expectedVersion: number | undefined,
): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...leaveApplicationKey(tenantId, next.staffId, next.id),
        entity: 'LeaveApplication',
        tenantId,
        ...next,
      },
      ...versionCondition(expectedVersion),
    },
  };
}

/** A request leaves the pending list when decided or withdrawn. */
export function leavePendingDelete(tableName: string, tenantId: string, a: LeaveApplication): TransactItem {
  return { Delete: { TableName: tableName, Key: leavePendingKey(tenantId, a) } };
}

export function createLeaveApplicationParams(
  tableName: string,
  tenantId: string,
  a: LeaveApplication,
  event: DomainEvent,
): TransactWriteCommandInput {
  return {
    TransactItems: [
      leaveApplicationPut(tableName, tenantId, a, undefined),
      {
        Put: {
          TableName: tableName,
          Item: { ...leavePendingKey(tenantId, a), entity: 'LeavePending', tenantId, ...a },
        },
      },
      outboxPut(tableName, event),
    ],
  };
}

export function closeLeaveApplicationParams(
  tableName: string,
  tenantId: string,
  next: LeaveApplication,
  expectedVersion: number,
  event: DomainEvent,
): TransactWriteCommandInput {
  return {
    TransactItems: [
      leaveApplicationPut(tableName, tenantId, next, expectedVersion),
      leavePendingDelete(tableName, tenantId, next),
      outboxPut(tableName, event),
    ],
  };
}

export function getLeaveApplicationParams(
  tableName: string,
  tenantId: string,
  staffId: string,
  id: string,
): GetCommandInput {
  return { TableName: tableName, Key: leaveApplicationKey(tenantId, staffId, id), ConsistentRead: true };
}

export function leaveApplicationsOfStaffParams(
  tableName: string,
  tenantId: string,
  staffId: string,
  limit: number,
): QueryCommandInput {
  const { pk } = leaveApplicationKey(tenantId, staffId, 'x');
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': 'REQ#' },
    ScanIndexForward: false,
    Limit: limit,
    ConsistentRead: true,
  };
}

export function pendingLeaveParams(
  tableName: string,
  tenantId: string,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': `${tenantPk(tenantId)}#LEAVEPENDING` },
    ConsistentRead: true,
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}
