import { readFileSync } from 'node:fs';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { seedConfig } from '@openhall/seed';
import { configItem, GSI1 } from '@openhall/store';
import { mockClient } from 'aws-sdk-client-mock';
import type { APIGatewayProxyResult, LambdaEvent } from 'hono/aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_FUNCTION_ENV } from './fixtures/api-env.js';

const TABLE_NAME = 'openhall-test-table';

/** An API Gateway HTTP API (payload format 2.0) event captured in the shape the service sends. */
function fixture(name: string): LambdaEvent {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as LambdaEvent;
}

const documentClient = mockClient(DynamoDBDocumentClient);
let handler: (event: LambdaEvent) => Promise<APIGatewayProxyResult>;

async function invoke(name: string) {
  const result = await handler(fixture(name));
  return { ...result, json: JSON.parse(result.body) as Record<string, unknown> };
}

beforeAll(async () => {
  // The module reads its configuration at import, exactly as a cold start does.
  for (const [name, value] of Object.entries({ ...API_FUNCTION_ENV, TABLE_NAME })) vi.stubEnv(name, value);
  ({ handler } = await import('./api.js'));
});

afterEach(() => {
  documentClient.reset();
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe('handler', () => {
  it('answers the health check with one read of the table', async () => {
    documentClient.on(GetCommand).resolves({});

    const response = await invoke('get-healthz');

    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/^application\/json/);
    expect(response.json).toEqual({ ok: true });
    expect(response.isBase64Encoded).toBe(false);
    expect(documentClient.commandCalls(GetCommand).map((c) => c.args[0].input.TableName)).toEqual([
      TABLE_NAME,
    ]);
  });

  it('answers the health check 503 with Retry-After when the table does not answer', async () => {
    documentClient
      .on(GetCommand)
      .rejects(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));

    const response = await invoke('get-healthz');

    expect(response.statusCode).toBe(503);
    expect(response.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers?.['retry-after']).toBe('2');
    expect(response.json).toMatchObject({ status: 503, code: 'store_unavailable' });
  });

  it('serves the OpenAPI document', async () => {
    const response = await invoke('get-openapi-json');

    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/^application\/json/);
    expect(response.json.openapi).toBe('3.1.0');
    expect(Object.keys(response.json.paths as object)).toContain('/v1/tenants/{tenantId}');
  });

  it('answers an unknown path with a problem+json 404', async () => {
    const response = await invoke('get-unknown-path');

    expect(response.statusCode).toBe(404);
    expect(response.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json).toMatchObject({ status: 404, code: 'not_found', instance: '/v1/no-such-thing' });
  });

  it('reads the tenant directory from the configured table and index', async () => {
    documentClient.on(QueryCommand).resolves({ Items: [] });

    const response = await invoke('get-tenants');

    expect(response.statusCode).toBe(200);
    expect(response.json).toEqual({ tenants: [] });
    const [query] = documentClient.commandCalls(QueryCommand);
    expect(query?.args[0].input).toMatchObject({ TableName: TABLE_NAME, IndexName: GSI1 });
  });

  it('returns a stored tenant profile', async () => {
    const config = seedConfig('zaozhuang-gxq');
    const item = configItem(
      {
        tenantId: config.tenant.id,
        config,
        expectedVersion: undefined,
        actor: 'seed',
        action: 'seed',
        at: '2025-11-22T12:00:00+08:00',
      },
      1,
    );
    documentClient.on(GetCommand).resolves({ Item: item });

    const response = await invoke('get-tenant');

    expect(response.statusCode).toBe(200);
    expect(response.json).toMatchObject({ tenant: { id: config.tenant.id } });
    expect(response.json.halls).toHaveLength(config.halls.length);
    const [get] = documentClient.commandCalls(GetCommand);
    expect(get?.args[0].input.TableName).toBe(TABLE_NAME);
  });

  it('answers a tenant that is not stored with 404 tenant_not_found', async () => {
    documentClient.on(GetCommand).resolves({});

    const response = await invoke('get-tenant');

    expect(response.statusCode).toBe(404);
    expect(response.json).toMatchObject({ code: 'tenant_not_found' });
  });

  it('refuses a staff route without a bearer token before reading any data', async () => {
    const response = await invoke('get-config-without-token');

    expect(response.statusCode).toBe(401);
    expect(response.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(documentClient.calls()).toHaveLength(0);
  });

  it('turns a DynamoDB failure into a 500 that does not echo the SDK message', async () => {
    const secret = 'User: arn:aws-cn:sts::123456789012:assumed-role/x is not authorized';
    documentClient.on(QueryCommand).rejects(new Error(secret));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const response = await invoke('get-tenants');

    expect(response.statusCode).toBe(500);
    expect(response.json).toMatchObject({ status: 500 });
    expect(response.body).not.toContain('not authorized');
    log.mockRestore();
  });

  it('logs a failure as Powertools JSON with the request id and the tenant, and never a phone or a name', async () => {
    // Prepare: the store's error quotes a citizen, as a careless message might.
    const phone = '13912345678';
    const name = '王小明';
    documentClient.on(GetCommand).rejects(new Error(`condition failed for ${name} ${phone}`));
    const lines: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);

    // Act
    let response: Awaited<ReturnType<typeof invoke>>;
    try {
      response = await invoke('get-tenant');
    } finally {
      out.mockRestore();
      err.mockRestore();
    }

    // Assess
    expect(response.statusCode).toBe(500);
    const entries = lines
      .flatMap((l) => l.split('\n'))
      .filter((l) => l.trim().startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.find((e) => e.message === 'request failed')).toMatchObject({
      level: 'ERROR',
      service: 'openhall-api',
      correlation_id: 'UqZl2j05oAMEbQ=',
      tenantId: 'zaozhuang-gxq',
      code: 'store_failure',
      path: '/v1/tenants/zaozhuang-gxq',
    });
    // The failure is counted as CloudWatch EMF in the same invocation.
    const emf = entries.find((e) => e._aws !== undefined) as
      | {
          _aws: { CloudWatchMetrics: { Namespace: string; Metrics: { Name: string }[] }[] };
          Failures: number;
        }
      | undefined;
    expect(emf?._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'OpenHall',
      Metrics: [{ Name: 'Failures' }],
    });
    expect(emf?.Failures).toBe(1);
    for (const line of lines) {
      expect(line).not.toContain(phone);
      expect(line).not.toContain(name);
    }
  });
});
