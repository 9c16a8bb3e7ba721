import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient, DynamoConfigStore } from '@openhall/store';
import { ensureTable, JavaMissingError, startDynamoLocal } from '@openhall/store/local';
import { tenantConfigFixture } from '@openhall/store/testing';
import { afterEach, describe, expect, it } from 'vitest';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'openhall-dynamo-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('startDynamoLocal', () => {
  // One test for both, because every start of the JVM costs seconds.
  it('stops answering when stopped and keeps a data directory across a stop and a start', async () => {
    // Prepare
    const dataDir = await tempDir();
    const first = await startDynamoLocal({ port: 0, dataDir });
    cleanups.push(() => first.stop());
    const firstClient = createDocumentClient({ endpoint: first.endpoint });
    await ensureTable(firstClient, 'openhall');
    const config = tenantConfigFixture('zibo');
    await new DynamoConfigStore(firstClient, 'openhall').saveConfig({
      tenantId: 'zibo',
      config,
      expectedVersion: undefined,
      actor: 'admin-wang',
      action: 'create',
      at: '2026-03-05T09:00:00+08:00',
    });
    firstClient.destroy();
    const probe = createDocumentClient({ endpoint: first.endpoint, maxAttempts: 1 });
    cleanups.push(async () => probe.destroy());

    // Act
    await first.stop();
    await expect(probe.send(new ListTablesCommand({}))).rejects.toThrow();
    const second = await startDynamoLocal({ port: 0, dataDir });
    cleanups.push(() => second.stop());
    const secondClient = createDocumentClient({ endpoint: second.endpoint });
    cleanups.push(async () => secondClient.destroy());
    const read = await new DynamoConfigStore(secondClient, 'openhall').getConfig('zibo');

    // Assess
    expect(read).toMatchObject({ version: 1, config });
  });

  it('says in one sentence what to install when Java is missing', async () => {
    // Prepare: a PATH holding no java
    const emptyDir = await tempDir();

    // Act
    const attempt = startDynamoLocal({ javaCheckEnv: { PATH: emptyDir } });

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(JavaMissingError);
    await expect(attempt).rejects.toThrow(
      /^DynamoDB Local needs Java 17 or newer: install a JDK such as OpenJDK 17 \([^.]*\) and try again\.$/,
    );
  });
});
