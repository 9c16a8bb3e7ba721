import { serve } from '@hono/node-server';
import { createDevVerifier, generateDevIssuerKeys } from '@openhall/api';
import { signDevToken } from '@openhall/api/dev-token';
import { createDynamoApp } from '@openhall/app';
import type { Principal } from '@openhall/domain';
import { LocalClock, OutboxNotifier } from '@openhall/services';
import { createDocumentClient } from '@openhall/store';
import { ensureTable } from '@openhall/store/local';
import { loadOrCreateHashSecret } from '../hash-secret.js';
import { seedTenants } from '../seed-tenants.js';
import type { BenchServerMessage, BenchServerRequest } from './bench-server-protocol.js';
import { memorySample } from './bench-server-protocol.js';
import { meterDynamo } from './dynamo-meter.js';

/*
 * The server process of `pnpm bench`, forked by the bench: the local product built from the same
 * composition root as `startLocalProduct` (`createDynamoApp` on @hono/node-server), except that the
 * client is metered. A process of its own, so the load the
 * bench generates neither shares its event loop nor shows in its memory.
 * argv: <DynamoDB Local endpoint> <table name> [clock start, ISO 8601]
 * With a clock start, the server's clock (app, tokens, seeding) starts there and runs on with the
 * machine's: the queue phases run the kiosk inside the hall's opening hours whatever the real time.
 */

function send(message: BenchServerMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const [endpoint, tableName, clockStart] = process.argv.slice(2);
  if (!endpoint || !tableName)
    throw new Error('usage: bench-server <dynamodb endpoint> <table name> [clock start]');
  const client = createDocumentClient({ endpoint });
  const meter = meterDynamo(client);
  await ensureTable(client, tableName);
  const clock = LocalClock.running();
  if (clockStart) {
    const at = new Date(clockStart);
    if (Number.isNaN(at.getTime())) throw new Error(`bench-server: not a time: ${clockStart}`);
    clock.set(at);
  }
  const keys = await generateDevIssuerKeys();
  const { app, configStore } = createDynamoApp({
    client,
    tableName,
    hashSecret: await loadOrCreateHashSecret(),
    verifier: await createDevVerifier(keys, clock.now),
    notifier: new OutboxNotifier({ now: clock.now }),
    now: clock.now,
  });
  // The benchmark measures booking, not the SMS step: its tenants book without a phone check.
  const seeded = await seedTenants(configStore, clock.now(), { phoneVerification: 'off' });
  const port = await new Promise<number>((resolve) => {
    serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
  process.on('message', (request: BenchServerRequest) => {
    switch (request.type) {
      case 'tally':
        return send({ id: request.id, type: 'tally', tally: meter.tally() });
      case 'reset':
        meter.reset();
        return send({ id: request.id, type: 'reset' });
      case 'memory':
        return send({ id: request.id, type: 'memory', memory: memorySample() });
      case 'now':
        return send({ id: request.id, type: 'now', now: clock.now().toISOString() });
      case 'token': {
        const { tenantId, staffId, roles } = request.staff;
        const principal = {
          sub: staffId,
          staffId,
          role: roles[0],
          roles,
          tenantId,
        } as Principal;
        void signDevToken(keys, principal, { now: clock.now() }).then((token) =>
          send({ id: request.id, type: 'token', token }),
        );
        return;
      }
    }
  });
  // The bench going away (even killed) closes the channel: leave with it.
  process.on('disconnect', () => process.exit(0));
  meter.reset();
  send({ type: 'ready', url: `http://127.0.0.1:${port}`, seeded });
}

main().catch((error: Error) => {
  send({ type: 'failed', message: error.message });
  process.exit(1);
});
