import type { QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent, LateBooking, LocalDate } from '@openhall/domain';
import { outboxPut } from '../outbox/outbox-item.js';
import { keyPart, tenantPk } from '../table/keys.js';
import { GSI1 } from '../table/table-definition.js';

/** Days a late flag or a day-closed marker is kept (reports read the events, not these). */
export const JOB_ITEM_RETENTION_DAYS = 90;

const expiry = (iso: string) => Math.floor(Date.parse(iso) / 1000) + JOB_ITEM_RETENTION_DAYS * 86_400;

/** `gsi1pk` of a tenant's late flags of one day. */
export function lateDayGsiPk(tenantId: string, date: LocalDate): string {
  return `${tenantPk(tenantId)}#LATE#${keyPart(date, 'date')}`;
}

/**
 * The late flag in the booking's partition (`LATE#{start}`: a moved booking late again is a new
 * flag) with its `booking.late` event, written once.
 */
export function flagLateParams(
  tableName: string,
  tenantId: string,
  late: LateBooking,
  event: DomainEvent,
): TransactWriteCommandInput {
  return {
    TransactItems: [
      {
        Put: {
          TableName: tableName,
          Item: {
            pk: `${tenantPk(tenantId)}#BOOKING#${keyPart(late.code, 'code')}`,
            sk: `LATE#${late.start}`,
            gsi1pk: lateDayGsiPk(tenantId, late.date),
            gsi1sk: `${late.hallId}#${late.windowId}#${late.start}#${late.code}`,
            entity: 'LateFlag',
            tenantId,
            ...late,
            expiresAt: expiry(late.flaggedAt),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      outboxPut(tableName, event),
    ],
  };
}

/** A tenant's late flags of one day, by hall and window: one Query. */
export function lateOnParams(
  tableName: string,
  tenantId: string,
  date: LocalDate,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: GSI1,
    KeyConditionExpression: '#gsi1pk = :pk',
    ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk' },
    ExpressionAttributeValues: { ':pk': lateDayGsiPk(tenantId, date) },
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}

/** The marker of a closed day (`TENANT#{t}#DAY#{date}` / `CLOSED`) with its `day.closed` event, once. */
export function closeDayParams(
  tableName: string,
  tenantId: string,
  date: LocalDate,
  event: DomainEvent,
): TransactWriteCommandInput {
  return {
    TransactItems: [
      {
        Put: {
          TableName: tableName,
          Item: {
            pk: `${tenantPk(tenantId)}#DAY#${keyPart(date, 'date')}`,
            sk: 'CLOSED',
            entity: 'DayClosed',
            tenantId,
            date,
            closedAt: event.occurredAt,
            expiresAt: expiry(event.occurredAt),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      outboxPut(tableName, event),
    ],
  };
}
