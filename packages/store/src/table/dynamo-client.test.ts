import { describe, expect, it } from 'vitest';
import { createDocumentClient } from './dynamo-client.js';

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
