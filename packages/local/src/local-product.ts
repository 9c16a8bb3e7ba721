import { createDevVerifier } from '@openhall/api';
import { createDynamoApp, createLocalEvents } from '@openhall/app';
import type { BookingPolicy } from '@openhall/domain';
import { LocalClock, OutboxNotifier, OutboxStaffAlerts, staffAlertText } from '@openhall/services';
import { createDocumentClient, DynamoConfigStore } from '@openhall/store';
import { ensureTable, startDynamoLocal } from '@openhall/store/local';
import { developmentSignIn } from '@openhall/web';
import { loadOrCreateDevKeys } from './dev-keys.js';
import { loadOrCreateHashSecret } from './hash-secret.js';
import { serveLocally } from './local-server.js';
import { seedTenants } from './seed-tenants.js';

export interface LocalProductOptions {
  /** HTTP port; 0 picks a free one. */
  port: number;
  /** Where DynamoDB Local keeps its files; in memory when undefined. */
  dynamoDataDir?: string;
  tableName: string;
  keysFile?: string;
  /** Where the phone-hash key is kept between runs; a fresh key per run when undefined. */
  hashSecretFile?: string;
  log?: (line: string) => void;
  /** Overrides the seeds' phone check (`sms`) for the tenants it seeds, e.g. `off` in a browser test. */
  phoneVerification?: BookingPolicy['phoneVerification'];
  /** The clock of the app, its tokens and its seeding; tests of a given hall day pass one. Real time unless given. */
  now?: () => Date;
  /** `--clock`: the outbox page can move the local clock forward, so reminders can be watched in minutes. */
  clock?: boolean;
}

export interface LocalProduct {
  url: string;
  dynamoEndpoint: string;
  /** The DynamoDB Local Java process's id (it is started again if it dies). */
  readonly dynamoPid: number | undefined;
  seeded: string[];
  stop(): Promise<void>;
}

/** DynamoDB Local, the table, the four seeded tenants and the HTTP app on localhost. */
export async function startLocalProduct(options: LocalProductOptions): Promise<LocalProduct> {
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  log('starting DynamoDB Local (Java; the first start takes longest)…');
  const dynamo = await startDynamoLocal({
    port: 0,
    ...(options.dynamoDataDir ? { dataDir: options.dynamoDataDir } : {}),
    // The data is on disk: a Java process that dies is started again on the same port.
    onRestart: log,
  });
  try {
    log(`DynamoDB Local on ${dynamo.endpoint}`);
    const client = createDocumentClient({ endpoint: dynamo.endpoint });
    log(`creating the table ${options.tableName} if it is missing…`);
    await ensureTable(client, options.tableName);
    const keys = await loadOrCreateDevKeys(options.keysFile);
    // One clock for the app and for what runs without a click; `--clock` lets the outbox page move it.
    const clock = options.now ? LocalClock.following(options.now) : LocalClock.running();
    // No SMS leaves this machine: codes and reminders go to an outbox shown at /dev/outbox, in each
    // tenant's own text.
    const tenantConfigs = new DynamoConfigStore(client, options.tableName);
    const outbox = new OutboxNotifier({
      now: clock.now,
      capacity: 1000,
      settingsOf: async (tenantId) => (await tenantConfigs.getConfig(tenantId))?.config.notifications,
    });
    const staffAlerts = new OutboxStaffAlerts(clock.now);
    const events = createLocalEvents({
      client,
      tableName: options.tableName,
      notifier: outbox,
      staffAlerts,
      clock,
      // Ids only: never a phone.
      onError: (error, event) =>
        log(`${event ? `event ${event.eventId}` : 'scheduled work'} failed: ${String(error)}`),
    });
    const devOutbox = {
      entries: () => outbox.entries(),
      staffAlerts: () =>
        staffAlerts.entries().map((a) => ({ tenantId: a.tenantId, at: a.at, text: staffAlertText(a) })),
      ...(options.clock
        ? { clock: { now: clock.now, advance: (ms: number) => events.loop.advance(ms) } }
        : {}),
    };
    const { app, configStore } = createDynamoApp({
      client,
      tableName: options.tableName,
      hashSecret: await loadOrCreateHashSecret(options.hashSecretFile),
      verifier: await createDevVerifier(keys, clock.now),
      notifier: outbox,
      devOutbox,
      // Staff pages sign in through the local issuer: a page lists each tenant's (invented) staff.
      staffSignIn: developmentSignIn(keys, clock.now),
      now: clock.now,
    });
    log('seeding the four tenants on first start…');
    const seeded = await seedTenants(configStore, now(), {
      ...(options.phoneVerification ? { phoneVerification: options.phoneVerification } : {}),
    });
    log('text messages (SMS codes, reminders) are not sent: see /dev/outbox');
    // The outbox relay, the reminders and lateness checks, and the daily jobs, every two seconds.
    events.loop.start(2000);
    if (options.clock) log('--clock: move the local clock forward on /dev/outbox');
    log(seeded.length ? `seeded tenants: ${seeded.join(', ')}` : 'tenants already seeded');
    log(`listening on 127.0.0.1:${options.port || '(a free port)'}…`);
    const { server, port } = await serveLocally(app.fetch, { port: options.port, hostname: '127.0.0.1' });
    return {
      url: `http://localhost:${port}`,
      dynamoEndpoint: dynamo.endpoint,
      get dynamoPid() {
        return dynamo.pid;
      },
      seeded,
      async stop() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await events.loop.stop();
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}
