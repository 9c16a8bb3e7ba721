import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Province } from '@openhall/domain';
import { keyPart, type TableKey, tenantPk } from '../table/keys.js';
import { GSI1 } from '../table/table-definition.js';
import type { TransactItem } from '../table/transact-item.js';

/** `gsi1` partition of one province's districts. */
export function provincePk(province: Province): string {
  return `PROVINCE#${keyPart(province, 'province')}`;
}

/** The small item that joins a district to its province: `TENANT#{t}` / `PROVINCE`. */
export function provinceMembershipKey(tenantId: string): TableKey {
  return { pk: tenantPk(tenantId), sk: 'PROVINCE' };
}

/**
 * Put with every configuration save: one item per district, overwritten each time, so a district
 * that changes province leaves its old province's list in the same transaction. Its `gsi1` keys
 * list it under `PROVINCE#{province}`, which a province's reports read with one Query.
 */
export function provinceMembershipPut(tableName: string, tenantId: string, province: Province): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...provinceMembershipKey(tenantId),
        gsi1pk: provincePk(province),
        gsi1sk: keyPart(tenantId, 'tenant id'),
        entity: 'ProvinceMembership',
        tenantId,
        province,
      },
    },
  };
}

/** The one Query of a province's districts. */
export function districtsOfParams(
  tableName: string,
  province: Province,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: GSI1,
    KeyConditionExpression: '#gsi1pk = :pk',
    ProjectionExpression: '#tenantId',
    ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk', '#tenantId': 'tenantId' },
    ExpressionAttributeValues: { ':pk': provincePk(province) },
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}
