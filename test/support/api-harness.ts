import { createDevVerifier, type DevIssuerKeys, generateDevIssuerKeys, signDevToken } from '@openhall/api';
import { type AppDeps, createApp } from '@openhall/app';
import type { Principal } from '@openhall/domain';
import { seedTenants } from '@openhall/local';
import {
  DynamoBookingStore,
  DynamoConfigStore,
  DynamoNationalScheduleStore,
  DynamoReportStore,
  DynamoStoreHealth,
} from '@openhall/store';
import { type FreshTable, freshTable } from './fresh-table.js';

export interface ApiHarness {
  app: ReturnType<typeof createApp>;
  table: FreshTable;
  keys: DevIssuerKeys;
  configStore: DynamoConfigStore;
  nationalScheduleStore: DynamoNationalScheduleStore;
  /** A token of the local issuer for this principal. */
  token(principal: Principal, options?: { ttlSeconds?: number; now?: Date }): Promise<string>;
  close(): Promise<void>;
}

/** The real app on its own DynamoDB Local table, the four tenants seeded, the clock fixed at `now`. */
export async function apiHarness(
  label: string,
  now: Date,
  extraDeps: (table: FreshTable) => Partial<AppDeps> = () => ({}),
): Promise<ApiHarness> {
  const table = await freshTable(label);
  const configStore = new DynamoConfigStore(table.client, table.tableName);
  await seedTenants(configStore, now);
  const keys = await generateDevIssuerKeys();
  const nationalScheduleStore = new DynamoNationalScheduleStore(table.client, table.tableName);
  const deps = {
    configStore,
    nationalScheduleStore,
    bookingStore: new DynamoBookingStore(table.client, table.tableName),
    reportStore: new DynamoReportStore(table.client, table.tableName),
    storeHealth: new DynamoStoreHealth(table.client, table.tableName),
    verifier: await createDevVerifier(keys, () => now),
    now: () => now,
    ...extraDeps(table),
  } as AppDeps;
  const app = createApp(deps);
  return {
    app,
    table,
    keys,
    configStore,
    nationalScheduleStore,
    token: (principal, options = {}) =>
      signDevToken(keys, principal, { now: options.now ?? now, ...options }),
    close: () => table.drop(),
  };
}
