import { VersionConflictError } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { InMemoryConfigStore } from './in-memory-config-store.js';

const zibo = seedConfig('zibo');
const boai = seedConfig('boai');
const save = (store: InMemoryConfigStore, expectedVersion: number | undefined, at: string) =>
  store.saveConfig({ tenantId: 'zibo', config: zibo, expectedVersion, actor: 'admin', action: 'PUT', at });

describe('InMemoryConfigStore', () => {
  it('starts with the configurations given at version 1, listing their tenants by id', async () => {
    const store = new InMemoryConfigStore([zibo, boai]);
    expect((await store.listTenants()).map((t) => t.id)).toEqual(['boai', 'zibo']);
    expect(await store.getConfig('zibo')).toMatchObject({ version: 1, updatedBy: 'seed', config: zibo });
    expect(await store.getConfig('nowhere')).toBeUndefined();
  });

  it('saves over the version read only, one version on each time', async () => {
    const store = new InMemoryConfigStore([zibo]);
    expect(await save(store, 1, '2026-11-23T10:00:00+08:00')).toMatchObject({
      version: 2,
      updatedBy: 'admin',
    });
    await expect(save(store, 1, '2026-11-23T10:01:00+08:00')).rejects.toBeInstanceOf(VersionConflictError);
    await expect(
      store.saveConfig({
        tenantId: 'boai',
        config: boai,
        expectedVersion: 1,
        actor: 'a',
        action: 'PUT',
        at: 'x',
      }),
    ).rejects.toBeInstanceOf(VersionConflictError);
  });

  it('keeps an audit trail, newest first, paged by `before`', async () => {
    const store = new InMemoryConfigStore([zibo]);
    await save(store, 1, '2026-11-23T10:00:00+08:00');
    await save(store, 2, '2026-11-23T11:00:00+08:00');
    expect((await store.listAudit('zibo', { limit: 2 })).map((e) => e.version)).toEqual([3, 2]);
    expect((await store.listAudit('zibo', { limit: 10, before: 3 })).map((e) => e.version)).toEqual([2, 1]);
  });
});
