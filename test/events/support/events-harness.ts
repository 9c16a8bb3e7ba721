import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDevVerifier, generateDevIssuerKeys } from '@openhall/api';
import { createDynamoApp, createLocalEvents, type LocalEventsOptions } from '@openhall/app';
import { type Notifier, type SmsMessage, type TenantConfig, toShanghaiIso } from '@openhall/domain';
import { seedTenants } from '@openhall/local';
import { LocalClock, OutboxStaffAlerts } from '@openhall/services';
import { type FreshTable, freshTable } from '../../support/fresh-table.js';

export const TEST_HASH_SECRET = 'events-tests-hash-secret-0123456789abcdef';

/** Every send, not deduplicated: what a provider would have been asked to deliver, and when. */
export class CountingNotifier implements Notifier {
  readonly sent: (SmsMessage & { at: Date })[] = [];
  constructor(private readonly now: () => Date) {}
  async sendSms(message: SmsMessage): Promise<void> {
    this.sent.push({ ...message, at: this.now() });
  }
}

export interface EventsHarness {
  table: FreshTable;
  client: DynamoDBDocumentClient;
  clock: LocalClock;
  app: ReturnType<typeof createDynamoApp>['app'];
  configStore: ReturnType<typeof createDynamoApp>['configStore'];
  /** The care use cases and the members' alert lists of the same app. */
  care: ReturnType<typeof createDynamoApp>['care'];
  alerts: ReturnType<typeof createDynamoApp>['alerts'];
  notifier: CountingNotifier;
  staffAlerts: OutboxStaffAlerts;
  events: ReturnType<typeof createLocalEvents>;
  /** Event ids whose delivery failed (and stayed pending for the next round). */
  deliveryFailures: string[];
  /** Failures of the loop other than a delivery (a daily job). */
  loopErrors: unknown[];
  editConfig(tenantId: string, edit: (config: TenantConfig) => void): Promise<void>;
  close(): Promise<void>;
}

function localClient(endpoint: string): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint,
      region: 'cn-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      requestHandler: { httpAgent: { maxSockets: 16 }, socketAcquisitionWarningTimeout: 60_000 },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
}

/**
 * The real app and the local event loop (relay, scheduler, daily jobs) on one table of DynamoDB
 * Local and one fixed clock the test moves; the four tenants seeded without the SMS phone check.
 */
export async function eventsHarness(
  label: string,
  nowIso: string,
  options: Pick<LocalEventsOptions, 'wrap' | 'scheduler'> = {},
): Promise<EventsHarness> {
  const table = await freshTable(label);
  const deliveryFailures: string[] = [];
  const loopErrors: unknown[] = [];
  const client = localClient(table.endpoint);
  const clock = LocalClock.fixed(new Date(nowIso));
  const keys = await generateDevIssuerKeys();
  const notifier = new CountingNotifier(clock.now);
  const staffAlerts = new OutboxStaffAlerts(clock.now, 100_000);
  const { app, configStore, care, alerts } = createDynamoApp({
    client,
    tableName: table.tableName,
    hashSecret: TEST_HASH_SECRET,
    verifier: await createDevVerifier(keys, clock.now),
    notifier,
    now: clock.now,
    requestDeadlineMs: 600_000,
  });
  await seedTenants(configStore, clock.now(), { phoneVerification: 'off' });
  const events = createLocalEvents({
    client,
    tableName: table.tableName,
    notifier,
    staffAlerts,
    clock,
    ...options,
    // A failed delivery stays pending and is retried (the fault runs cause them on purpose); any
    // other failure of the loop (a daily job) is kept for the test to see.
    onError: (error, event) => {
      if (event) deliveryFailures.push(event.eventId);
      else loopErrors.push(error);
    },
  });
  return {
    table,
    client,
    clock,
    app,
    configStore,
    care,
    alerts,
    notifier,
    staffAlerts,
    events,
    deliveryFailures,
    loopErrors,
    async editConfig(tenantId, edit) {
      const stored = await configStore.getConfig(tenantId);
      if (!stored) throw new Error(`tenant ${tenantId} is not seeded`);
      const config = structuredClone(stored.config);
      edit(config);
      await configStore.saveConfig({
        tenantId,
        config,
        expectedVersion: stored.version,
        actor: 'test',
        action: 'edit for an events test',
        at: toShanghaiIso(clock.now()),
      });
    },
    async close() {
      await events.loop.stop();
      client.destroy();
      await table.drop();
    },
  };
}

export async function request(
  h: EventsHarness,
  path: string,
  body?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return h.app.request(path, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.1', ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

/** Runs `work` over `items`, `width` at a time. */
export async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    out.push(...(await Promise.all(items.slice(i, i + width).map((item, j) => work(item, i + j)))));
  }
  return out;
}

export const newKey = () => randomUUID();
