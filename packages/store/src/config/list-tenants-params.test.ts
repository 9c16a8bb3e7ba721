import { describe, expect, it } from 'vitest';
import { listTenantsParams } from './list-tenants-params.js';

describe('listTenantsParams', () => {
  it('queries the directory partition of gsi1, projected to the tenant', () => {
    expect(listTenantsParams('t')).toEqual({
      TableName: 't',
      IndexName: 'gsi1',
      KeyConditionExpression: '#gsi1pk = :directory',
      ProjectionExpression: '#config.#tenant',
      ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk', '#config': 'config', '#tenant': 'tenant' },
      ExpressionAttributeValues: { ':directory': 'TENANTS' },
    });
  });

  it('continues from the last key of the previous page', () => {
    const startKey = { pk: 'TENANT#a', sk: 'CONFIG', gsi1pk: 'TENANTS', gsi1sk: 'a' };
    expect(listTenantsParams('t', startKey).ExclusiveStartKey).toEqual(startKey);
  });
});
