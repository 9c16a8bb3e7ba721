import { describe, expect, it } from 'vitest';
import {
  CONFIG_VERSION_PREFIX,
  configKey,
  configVersionKey,
  configVersionSk,
  TENANT_DIRECTORY_PK,
  tenantDirectoryKeys,
  tenantPk,
} from './keys.js';

describe('keys', () => {
  it.each([
    { tenantId: 'zibo', pk: 'TENANT#zibo' },
    { tenantId: 'zaozhuang-hi-tech', pk: 'TENANT#zaozhuang-hi-tech' },
  ])('leads with the tenant id: $tenantId', ({ tenantId, pk }) => {
    expect(tenantPk(tenantId)).toBe(pk);
    expect(configKey(tenantId)).toEqual({ pk, sk: 'CONFIG' });
    expect(configVersionKey(tenantId, 3)).toEqual({ pk, sk: 'CONFIG#V#0000000003' });
  });

  it.each([
    { version: 0, sk: 'CONFIG#V#0000000000' },
    { version: 1, sk: 'CONFIG#V#0000000001' },
    { version: 42, sk: 'CONFIG#V#0000000042' },
    { version: 9_999_999_999, sk: 'CONFIG#V#9999999999' },
  ])('pads version $version so sort keys order like numbers', ({ version, sk }) => {
    expect(configVersionSk(version)).toBe(sk);
    expect(configVersionSk(version).startsWith(CONFIG_VERSION_PREFIX)).toBe(true);
  });

  it('orders padded versions like the numbers', () => {
    const versions = [10, 9, 100, 2, 1];
    const sorted = versions.map(configVersionSk).sort();
    expect(sorted).toEqual([1, 2, 9, 10, 100].map(configVersionSk));
  });

  it.each([-1, 1.5, 10_000_000_000, Number.NaN])('refuses version %s', (version) => {
    expect(() => configVersionSk(version)).toThrow(RangeError);
  });

  it.each(['', 'a#b'])('refuses tenant id %j that would break the key layout', (tenantId) => {
    expect(() => tenantPk(tenantId)).toThrow(RangeError);
    expect(() => tenantDirectoryKeys(tenantId)).toThrow(RangeError);
  });

  it('lists a tenant in the directory partition by its id', () => {
    expect(tenantDirectoryKeys('boai')).toEqual({ gsi1pk: TENANT_DIRECTORY_PK, gsi1sk: 'boai' });
  });
});
