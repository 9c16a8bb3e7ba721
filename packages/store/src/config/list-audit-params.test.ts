import { describe, expect, it } from 'vitest';
import { listAuditParams } from './list-audit-params.js';

describe('listAuditParams', () => {
  it.each([
    { before: undefined, newest: 'CONFIG#V#~' },
    { before: 12, newest: 'CONFIG#V#0000000011' },
    { before: 1, newest: 'CONFIG#V#0000000000' },
    { before: 0, newest: 'CONFIG#V#0000000000' },
  ])('bounds the versions below $before', ({ before, newest }) => {
    const params = listAuditParams('t', 'zibo', { limit: 20, ...(before === undefined ? {} : { before }) });
    expect(params).toMatchObject({
      TableName: 't',
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :oldest AND :newest',
      ExpressionAttributeValues: { ':pk': 'TENANT#zibo', ':oldest': 'CONFIG#V#', ':newest': newest },
      ScanIndexForward: false,
      Limit: 20,
    });
  });

  it('leaves the configuration snapshot behind', () => {
    const params = listAuditParams('t', 'zibo', { limit: 5 });
    expect(Object.values(params.ExpressionAttributeNames ?? {})).not.toContain('config');
    expect(params.ProjectionExpression).toBe('#tenantId, #version, #at, #actor, #action, #changes');
  });

  it('continues from the last key of the previous page', () => {
    const startKey = { pk: 'TENANT#zibo', sk: 'CONFIG#V#0000000003' };
    expect(listAuditParams('t', 'zibo', { limit: 5, exclusiveStartKey: startKey }).ExclusiveStartKey).toEqual(
      startKey,
    );
  });
});
