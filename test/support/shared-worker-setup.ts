import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, vi } from 'vitest';

/** The SDK clients unit tests replace with `mockClient` (a stub on the class's own `send`). */
const MOCKED_CLIENTS = [DynamoDBDocumentClient, SchedulerClient, SecretsManagerClient];

/**
 * The unit projects run their files one after another in a shared worker (`isolate: false`), where
 * `process.env`, globals, timers and loaded modules outlive a file. Once a file's tests are done, the
 * workspace's modules are dropped so the next file imports them afresh (a file that mocks a module,
 * or reads the environment at import, must not meet another file's copy: `functions/api.test.ts` and
 * `functions/api-cold.test.ts` failed in one order without it), and the environment variables and
 * globals it stubbed, its spies and fake timers are undone. Dependencies in node_modules stay loaded,
 * which is where most of the import time went; so the SDK clients a file stubbed are restored too.
 */
afterAll(() => {
  for (const client of MOCKED_CLIENTS) {
    const send = client.prototype.send as { restore?: () => void };
    if (Object.hasOwn(client.prototype, 'send') && typeof send.restore === 'function') send.restore();
  }
  vi.resetModules();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
