import { describe, expect, it } from 'vitest';
import { getConfigParams } from './get-config-params.js';
import { getConfigVersionParams } from './get-config-version-params.js';

describe('getConfigParams', () => {
  it('reads the CONFIG item strongly consistent', () => {
    expect(getConfigParams('t', 'zibo')).toEqual({
      TableName: 't',
      Key: { pk: 'TENANT#zibo', sk: 'CONFIG' },
      ConsistentRead: true,
    });
  });
});

describe('getConfigVersionParams', () => {
  it('reads the small head item, not the configuration, strongly consistent', () => {
    expect(getConfigVersionParams('t', 'zibo')).toEqual({
      TableName: 't',
      Key: { pk: 'TENANT#zibo', sk: 'CONFIG#HEAD' },
      ConsistentRead: true,
    });
  });
});
