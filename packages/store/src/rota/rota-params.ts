import type { GetCommandInput, QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { BalanceGuard, SaveRotaDayInput, TimeOffEntry } from '@openhall/domain';
import { outboxPut } from '../outbox/outbox-item.js';
import { versionCondition } from '../table/versioned-write.js';
import { leaveApplicationPut, leavePendingDelete } from './leave-application-params.js';
import { rotaGuardUpdate } from './places-guard.js';
import { rotaAuditKey, rotaDayKey, rotaPk, timeOffBalanceKey, timeOffKey, timeOffPk } from './rota-keys.js';

/** One GetItem, strongly consistent: a rota just saved is what the next booking counts on. */
export function getRotaDayParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  date: string,
): GetCommandInput {
  return { TableName: tableName, Key: rotaDayKey(tenantId, hallId, date), ConsistentRead: true };
}

/** One Query over `DAY#{month}-01 .. DAY#{month}-31`: the rota days of a month, nothing else. */
export function rotaMonthParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  month: string,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': rotaPk(tenantId, hallId),
      ':from': `DAY#${month}-01`,
      ':to': `DAY#${month}-31`,
    },
    ConsistentRead: true,
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}

/** Newest first, the audit versions of one hall-day. */
export function rotaAuditParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  date: string,
  limit: number,
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': rotaPk(tenantId, hallId), ':prefix': `AUDIT#${date}#V#` },
    ScanIndexForward: false,
    Limit: limit,
  };
}

export function timeOffLedgerParams(
  tableName: string,
  tenantId: string,
  staffId: string,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': timeOffPk(tenantId, staffId) },
    // Read by whoever spends the balance, right after its version: a line written since must show.
    ConsistentRead: true,
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}

export function timeOffBalanceVersionParams(
  tableName: string,
  tenantId: string,
  staffId: string,
): GetCommandInput {
  return { TableName: tableName, Key: timeOffBalanceKey(tenantId, staffId), ConsistentRead: true };
}

/** Moves a person's balance version on whatever it is: a save that lowers the balance unread. */
function balanceBumpUpdate(tableName: string, tenantId: string, staffId: string) {
  return {
    Update: {
      TableName: tableName,
      Key: timeOffBalanceKey(tenantId, staffId),
      UpdateExpression:
        'SET version = if_not_exists(version, :zero) + :one, entity = :entity, tenantId = :tenantId, staffId = :staffId',
      ExpressionAttributeValues: {
        ':zero': 0,
        ':one': 1,
        ':entity': 'TimeOffBalance',
        ':tenantId': tenantId,
        ':staffId': staffId,
      },
    },
  };
}

/** Moves a person's balance version on, only from the version the spender read (0: no item yet). */
function balanceGuardUpdate(tableName: string, tenantId: string, g: BalanceGuard) {
  return {
    Update: {
      TableName: tableName,
      Key: timeOffBalanceKey(tenantId, g.staffId),
      UpdateExpression: 'SET version = :next, entity = :entity, tenantId = :tenantId, staffId = :staffId',
      ConditionExpression: g.version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
      ExpressionAttributeValues: {
        ':next': g.version + 1,
        ':entity': 'TimeOffBalance',
        ':tenantId': tenantId,
        ':staffId': g.staffId,
        ...(g.version === 0 ? {} : { ':version': g.version }),
      },
    },
  };
}

/**
 * One transaction: the day's rota conditional on the version read, its audit version (written
 * once), the leave request it approves (if any, conditional on its version), the time-off lines it earns (replacing its own earlier ones), its outbox event, and the
 * places guard of every window it takes places from, each only if no booking took a place there
 * since it was read (last, so a cancellation reason's index names the window).
 */
export function saveRotaDayParams(tableName: string, input: SaveRotaDayInput): TransactWriteCommandInput {
  const { tenantId, rota } = input;
  return {
    TransactItems: [
      {
        Put: {
          TableName: tableName,
          Item: { ...rotaDayKey(tenantId, rota.hallId, rota.date), entity: 'RotaDay', tenantId, ...rota },
          ...versionCondition(input.expectedVersion),
        },
      },
      {
        Put: {
          TableName: tableName,
          Item: {
            ...rotaAuditKey(tenantId, rota.hallId, rota.date, rota.version),
            entity: 'RotaVersion',
            tenantId,
            ...input.audit,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      // Third when present: a failed condition at index 2 means the leave request moved.
      ...(input.leaveApplication
        ? [
            leaveApplicationPut(
              tableName,
              tenantId,
              input.leaveApplication.next,
              input.leaveApplication.expectedVersion,
            ),
            leavePendingDelete(tableName, tenantId, input.leaveApplication.next),
          ]
        : []),
      ...input.accruals.map((e) => ({
        Put: {
          TableName: tableName,
          Item: { ...timeOffKey(tenantId, e), entity: 'TimeOffEntry', tenantId, ...e },
        },
      })),
      ...input.accrualsRemoved.map((e) => ({
        Delete: { TableName: tableName, Key: timeOffKey(tenantId, e) },
      })),
      ...input.events.map((event) => outboxPut(tableName, event)),
      ...(input.balanceBumps ?? []).map((staffId) => balanceBumpUpdate(tableName, tenantId, staffId)),
      // Just before the places guards: the store reads a failed condition's place from the end.
      ...(input.balanceGuards ?? []).map((g) => balanceGuardUpdate(tableName, tenantId, g)),
      ...(input.placesGuards ?? []).map((g) =>
        rotaGuardUpdate(
          tableName,
          tenantId,
          { hallId: rota.hallId, date: rota.date, windowId: g.windowId },
          { seq: g.seq, rotaVersion: rota.version },
        ),
      ),
    ],
  };
}

/** Time-off lines earned outside the rota, all or none; the same lines again overwrite themselves. */
export function addTimeOffParams(
  tableName: string,
  tenantId: string,
  entries: readonly TimeOffEntry[],
): TransactWriteCommandInput {
  return {
    TransactItems: entries.map((e) => ({
      Put: {
        TableName: tableName,
        Item: { ...timeOffKey(tenantId, e), entity: 'TimeOffEntry', tenantId, ...e },
      },
    })),
  };
}
