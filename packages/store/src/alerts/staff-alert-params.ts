import type {
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { StaffAlertItem } from '@openhall/domain';
import { keyPart, type TableKey, tenantPk } from '../table/keys.js';
import { GSI1 } from '../table/table-definition.js';

/** Days a read alert is kept as the trail before TTL removes it. */
export const READ_ALERT_RETENTION_DAYS = 180;

/** `TENANT#{t}#STAFF#{staffId}#ALERTS`: one member's alerts, open and read. */
export function staffAlertsPk(tenantId: string, staffId: string): string {
  return `${tenantPk(tenantId)}#STAFF#${keyPart(staffId, 'staff id')}#ALERTS`;
}

/** `gsi1pk` of a member's OPEN alerts: set while open, removed when read (a sparse index). */
export function openAlertsGsiPk(tenantId: string, staffId: string): string {
  return `${staffAlertsPk(tenantId, staffId)}#OPEN`;
}

export function staffAlertKey(tenantId: string, staffId: string, alertId: string): TableKey {
  return { pk: staffAlertsPk(tenantId, staffId), sk: `ALERT#${keyPart(alertId, 'alert id')}` };
}

/** Puts an alert unless its member has it already (open or read): raising twice is one alert. */
export function raiseAlertParams(tableName: string, item: StaffAlertItem): PutCommandInput {
  return {
    TableName: tableName,
    Item: {
      ...staffAlertKey(item.tenantId, item.staffId, item.alertId),
      gsi1pk: openAlertsGsiPk(item.tenantId, item.staffId),
      gsi1sk: `${item.raisedAt}#${item.alertId}`,
      entity: 'StaffAlert',
      ...item,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  };
}

/** A member's open alerts, oldest raised first: one Query on the sparse index, bounded by `limit`. */
export function openAlertsParams(
  tableName: string,
  tenantId: string,
  staffId: string,
  limit: number,
): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: GSI1,
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': openAlertsGsiPk(tenantId, staffId) },
    Limit: limit,
  };
}

export function getAlertParams(
  tableName: string,
  tenantId: string,
  staffId: string,
  alertId: string,
): GetCommandInput {
  return { TableName: tableName, Key: staffAlertKey(tenantId, staffId, alertId), ConsistentRead: true };
}

/** Marks an open alert read by its member (who and when), leaving the index; kept then for the trail. */
export function markReadParams(
  tableName: string,
  tenantId: string,
  staffId: string,
  alertId: string,
  at: string,
): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: staffAlertKey(tenantId, staffId, alertId),
    UpdateExpression: 'SET readAt = :at, readBy = :by, expiresAt = :exp REMOVE gsi1pk, gsi1sk',
    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(readAt)',
    ExpressionAttributeValues: {
      ':at': at,
      ':by': staffId,
      ':exp': Math.floor(Date.parse(at) / 1000) + READ_ALERT_RETENTION_DAYS * 86_400,
    },
  };
}
