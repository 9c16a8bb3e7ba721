import {
  type ConfigStore,
  IdMismatchError,
  IfMatchRequiredError,
  InvalidConfigError,
  NotFoundError,
  OverrideNotFoundError,
  PatchTooDeepError,
  type SaveConfigInput,
  StaleVersionError,
  type StoredConfig,
} from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryBookingStore } from '../testing/in-memory-booking-store.js';
import { changeConfig } from './change-config.js';
import {
  patchConfig,
  patchItem,
  putItem,
  removeCalendarOverride,
  removeItem,
  replaceConfig,
  setCalendarOverride,
} from './config-changes.js';

const NOW = new Date('2026-11-22T02:00:00Z');

/** One tenant's configuration in memory, keeping what was saved. */
class MemoryConfigStore implements ConfigStore {
  saved: SaveConfigInput[] = [];
  constructor(public stored: StoredConfig | undefined) {}
  async listTenants() {
    return this.stored ? [this.stored.config.tenant] : [];
  }
  async getConfig(tenantId: string) {
    return this.stored?.config.tenant.id === tenantId ? structuredClone(this.stored) : undefined;
  }
  async saveConfig(input: SaveConfigInput) {
    this.saved.push(input);
    this.stored = {
      config: input.config,
      version: (input.expectedVersion ?? 0) + 1,
      updatedAt: input.at,
      updatedBy: input.actor,
    };
    return this.stored;
  }
  async listAudit() {
    return [];
  }
}

let store: MemoryConfigStore;
beforeEach(() => {
  const config = structuredClone(seedConfig('zibo'));
  store = new MemoryConfigStore({ config, version: 3, updatedAt: '', updatedBy: 'seed' });
});

function change(request: Partial<Parameters<typeof changeConfig>[1]>) {
  return changeConfig(
    { configStore: store, bookingStore: new InMemoryBookingStore() },
    { tenantId: 'zibo', actor: 'zibo-admin', change: patchConfig({}), now: NOW, ...request },
  );
}

describe('changeConfig', () => {
  it('applies the change to the version read and records who did what, when', async () => {
    const saved = await change({
      change: patchItem('halls', 'zibo-center', { phone: '0533-1234567' }),
      expectedVersion: 3,
    });
    expect(saved.version).toBe(4);
    expect(saved.config.halls.find((h) => h.id === 'zibo-center')?.phone).toBe('0533-1234567');
    expect(store.saved[0]).toMatchObject({
      tenantId: 'zibo',
      expectedVersion: 3,
      actor: 'zibo-admin',
      action: 'PATCH halls/zibo-center',
      at: '2026-11-22T10:00:00+08:00',
    });
  });

  it('refuses an edit of a version that is no longer current, with the current one', async () => {
    const attempt = change({ expectedVersion: 2 });
    await expect(attempt).rejects.toBeInstanceOf(StaleVersionError);
    await expect(attempt).rejects.toMatchObject({ code: 'version_conflict', currentVersion: 3 });
    expect(store.saved).toHaveLength(0);
  });

  it('refuses a whole replacement that does not say which version it replaces', async () => {
    const attempt = change({ change: replaceConfig(store.stored?.config) });
    await expect(attempt).rejects.toBeInstanceOf(IfMatchRequiredError);
    expect(await change({ change: replaceConfig(store.stored?.config), expectedVersion: 3 })).toMatchObject({
      version: 4,
    });
  });

  it('refuses an invalid result with every field error and writes nothing', async () => {
    const attempt = change({ change: patchItem('halls', 'zibo-center', { name: { zh: '' } }) });
    await expect(attempt).rejects.toBeInstanceOf(InvalidConfigError);
    await expect(attempt).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ path: '/halls/0/name/zh' })],
    });
    expect(store.saved).toHaveLength(0);
  });

  it('refuses to rename the tenant', async () => {
    const attempt = change({ change: patchConfig({ tenant: { id: 'boai' } }) });
    await expect(attempt).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [{ path: '/tenant/id', message: 'must be "zibo"', code: 'immutable' }],
    });
  });

  it('names what is missing: the tenant, an item, an override', async () => {
    await expect(change({ tenantId: 'nowhere' })).rejects.toMatchObject({ code: 'tenant_not_found' });
    await expect(change({ change: removeItem('matters', 'no-such-matter') })).rejects.toMatchObject({
      code: 'matter_not_found',
      message: 'matter "no-such-matter" not found',
    });
    await expect(change({ change: removeItem('windows', 'no-such-window') })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      change({ change: removeCalendarOverride('2026-12-05', 'zibo-center') }),
    ).rejects.toBeInstanceOf(OverrideNotFoundError);
  });

  it("refuses an item whose id is not the one it is put under, and a patch deeper than any config's", async () => {
    const hall = store.stored?.config.halls[0];
    await expect(change({ change: putItem('halls', 'other-id', hall!) })).rejects.toBeInstanceOf(
      IdMismatchError,
    );
    const nest = (levels: number): unknown => (levels === 0 ? 1 : { a: nest(levels - 1) });
    await expect(change({ change: patchConfig(nest(100)) })).rejects.toBeInstanceOf(PatchTooDeepError);
  });

  it('sets and removes the override of a date', async () => {
    const override = {
      hallId: 'zibo-center',
      hours: { sessions: [], mode: 'walk-in' as const, noGapLunch: false },
      reason: '检修',
    };
    const set = await change({ change: setCalendarOverride('2026-12-05', override) });
    expect(set.config.calendarOverrides).toContainEqual(
      expect.objectContaining({ date: '2026-12-05', reason: '检修' }),
    );
    expect(store.saved[0]?.action).toBe('PUT calendar-overrides/2026-12-05?hallId=zibo-center');
    const removed = await change({ change: removeCalendarOverride('2026-12-05', 'zibo-center') });
    expect(removed.config.calendarOverrides).not.toContainEqual(
      expect.objectContaining({ date: '2026-12-05' }),
    );
  });
});
