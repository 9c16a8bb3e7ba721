import type { ConfigStore, StoredConfig, TenantConfig } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { Hono } from 'hono';
import { createPages } from '../create-pages.js';
import { FakeBookingService } from './fake-booking-service.js';

/** A read-only ConfigStore over a few configurations: the pages only read. */
export function memoryConfigStore(configs: readonly TenantConfig[]): ConfigStore {
  const stored = (config: TenantConfig): StoredConfig => ({
    config,
    version: 1,
    updatedAt: '2026-01-01T00:00:00+08:00',
    updatedBy: 'seed',
  });
  return {
    listTenants: async () => configs.map((c) => c.tenant),
    getConfig: async (tenantId) => {
      const config = configs.find((c) => c.tenant.id === tenantId);
      return config ? stored(config) : undefined;
    },
    saveConfig: async () => {
      throw new Error('the pages never write configuration');
    },
    listAudit: async () => [],
  };
}

/** The pages alone on an app, over the seeded tenants, a fake booking service and a fixed clock. */
export function pagesTestApp(now: Date, configs: readonly TenantConfig[] = seedConfigs) {
  const bookingService = new FakeBookingService(configs, () => now);
  const app = new Hono();
  app.route('/t', createPages({ configStore: memoryConfigStore(configs), bookingService, now: () => now }));
  return { app, bookingService };
}
