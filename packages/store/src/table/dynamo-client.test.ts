import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../local/free-port.js';
import { createDocumentClient } from './dynamo-client.js';
import { send } from './send.js';

describe('createDocumentClient', () => {
  it('drops undefined attributes instead of failing on them', () => {
    const client = createDocumentClient({ region: 'cn-north-1' });
    expect(client.config.translateConfig?.marshallOptions?.removeUndefinedValues).toBe(true);
    client.destroy();
  });

  it('points at DynamoDB Local with fake credentials and a default region', async () => {
    const client = createDocumentClient({ endpoint: 'http://127.0.0.1:8000' });
    const endpoint = await client.config.endpoint?.();
    const credentials = await client.config.credentials();
    expect(endpoint).toMatchObject({ hostname: '127.0.0.1', port: 8000 });
    expect(credentials.accessKeyId).toBe('local');
    expect(await client.config.region()).toBe('cn-north-1');
    client.destroy();
  });
});

describe('a DynamoDB that does not answer', () => {
  let server: Server;
  let endpoint: string;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // Accepts connections and never answers: a store that hangs.
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  const read = (client: ReturnType<typeof createDocumentClient>) =>
    send('reading an item', () =>
      client.send(new GetCommand({ TableName: 'openhall', Key: { pk: 'a', sk: 'b' } })),
    );

  it('gives up on a hung endpoint with a transient store failure', async () => {
    const client = createDocumentClient({ endpoint, maxAttempts: 1 });
    await expect(read(client)).rejects.toMatchObject({
      code: 'store_failure',
      transient: true,
      cause: { name: 'TimeoutError' },
    });
    client.destroy();
  });

  it('gives up on a refused connection with a transient store failure', async () => {
    const port = await freePort();
    const client = createDocumentClient({ endpoint: `http://127.0.0.1:${port}`, maxAttempts: 1 });
    await expect(read(client)).rejects.toMatchObject({
      code: 'store_failure',
      transient: true,
      cause: { code: 'ECONNREFUSED' },
    });
    client.destroy();
  });
});
