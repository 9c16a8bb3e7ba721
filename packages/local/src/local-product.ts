import { createDevVerifier } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import type { BookingPolicy } from '@openhall/domain';
import { OutboxNotifier } from '@openhall/services';
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
    // No SMS leaves this machine: codes go to an outbox shown at /dev/outbox, in each tenant's own text.
    const tenantConfigs = new DynamoConfigStore(client, options.tableName);
    const outbox = new OutboxNotifier({
      settingsOf: async (tenantId) => (await tenantConfigs.getConfig(tenantId))?.config.notifications,
    });
    const { app, configStore } = createDynamoApp({
      client,
      tableName: options.tableName,
      hashSecret: await loadOrCreateHashSecret(options.hashSecretFile),
      verifier: await createDevVerifier(keys, now),
      notifier: outbox,
      devOutbox: outbox,
      // Staff pages sign in through the local issuer: a page lists each tenant's (invented) staff.
      staffSignIn: developmentSignIn(keys, now),
      now,
    });
    log('seeding the four tenants on first start…');
    const seeded = await seedTenants(configStore, now(), {
      ...(options.phoneVerification ? { phoneVerification: options.phoneVerification } : {}),
    });
    log('text messages (SMS codes) are not sent: see /dev/outbox');
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
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}
