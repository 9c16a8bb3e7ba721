import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tableDefinition } from '@openhall/store';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_FUNCTION_ENV } from '../functions/fixtures/api-env.js';
import { en } from '../packages/web/src/i18n/en.js';
import { OpenHallStack } from './lib/openhall-stack.js';
import { stageFromContext } from './lib/stage.js';

type Resource = {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  Metadata?: Record<string, string>;
};
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

// Synthesise with the same feature flags `cdk synth` uses, so the test sees the deployed template.
const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

const outdirs: string[] = [];

/**
 * `bundle: false` skips esbuild (CDK's own switch), for tests that do not look at the code asset.
 * Asset metadata is on so a test can find the bundle in `outdir`.
 */
function synth(stage: string, { bundle = true } = {}): { template: Template; outdir: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'openhall-cdk-'));
  outdirs.push(outdir);
  const bundling = bundle ? {} : { 'aws:cdk:bundling-stacks': [] };
  const context = { ...cdkJson.context, ...bundling, 'aws:cdk:enable-asset-metadata': true, stage };
  const app = new App({ outdir, context });
  const stack = new OpenHallStack(app, `OpenHall-${stage}`, { stage: stageFromContext(app) });
  return { template: Template.fromStack(stack), outdir };
}

afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

function only(template: Template, type: string): [string, Resource] {
  const found = Object.entries(template.findResources(type)) as [string, Resource][];
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

const keyName = (key: { name: string }) => key.name;

/** The API's function (the automation functions run beside it with handlers of their own). */
function apiFunction(template: Template): [string, Resource] {
  const found = (
    Object.entries(template.findResources('AWS::Lambda::Function')) as [string, Resource][]
  ).filter(([, fn]) => fn.Properties.Handler === 'index.handler');
  expect(found, 'the API function').toHaveLength(1);
  return found[0]!;
}

// Synthesising the stack, bundling the Lambda with esbuild and loading the bundle in a fresh Node.js
// take seconds each, many more on a loaded machine.
describe('OpenHallStack', { timeout: 120_000 }, () => {
  let template: Template;
  let outdir: string;
  let tableId: string;
  let functionId: string;

  beforeAll(() => {
    // Real esbuild bundling of functions/api.ts: slow-ish, so once for the whole file.
    ({ template, outdir } = synth('dev'));
    [tableId] = only(template, 'AWS::DynamoDB::Table');
    [functionId] = apiFunction(template);
  }, 120_000);

  describe('table', () => {
    it('takes its keys and index from the shared table definition', () => {
      const { partitionKey, sortKey, globalSecondaryIndexes } = tableDefinition;
      const [, table] = only(template, 'AWS::DynamoDB::Table');
      expect(table.Properties.KeySchema).toEqual([
        { AttributeName: partitionKey.name, KeyType: 'HASH' },
        { AttributeName: sortKey.name, KeyType: 'RANGE' },
      ]);
      expect(table.Properties.GlobalSecondaryIndexes).toEqual(
        globalSecondaryIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: index.projectionType },
        })),
      );
      const keys = [
        partitionKey,
        sortKey,
        ...globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
      ];
      expect(table.Properties.AttributeDefinitions).toEqual(
        expect.arrayContaining(keys.map((k) => ({ AttributeName: k.name, AttributeType: k.type }))),
      );
      expect(table.Properties.AttributeDefinitions).toHaveLength(new Set(keys.map(keyName)).size);
    });

    it('is on demand, recoverable, protected and retained', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BillingMode: tableDefinition.billingMode,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
        }),
      });
    });
  });

  describe('API function', () => {
    it('runs Node.js 22 on arm64 with the environment the handler reads', () => {
      const [, fn] = apiFunction(template);
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        Timeout: 10,
      });
      expect(fn.Properties.MemorySize).toBeGreaterThanOrEqual(512);
      expect(fn.Properties.MemorySize).toBeLessThanOrEqual(1024);
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables).toMatchObject({
        TABLE_NAME: { Ref: tableId },
        COGNITO_AUDIENCE: { Ref: expect.any(String) },
      });
      // Source maps on would have Node.js read every chunk's map at a cold start.
      expect(variables).not.toHaveProperty('NODE_OPTIONS');
      expect(JSON.stringify(variables.COGNITO_ISSUER)).toContain('ProviderURL');
      // A dynamic reference to the generated secret, resolved at deploy time: never the key itself.
      expect(JSON.stringify(variables.PHONE_HASH_SECRET)).toContain('{{resolve:secretsmanager:');
    });

    describe('bundle', () => {
      // Vitest runs the TypeScript sources; only the bundle shows whether ESM chunks, the `require`
      // banner, the deferred modules and CommonJS dependencies work together as Lambda loads them.
      function assetDir(): string {
        const [, fn] = apiFunction(template);
        return join(outdir, fn.Metadata?.['aws:asset:path'] ?? 'missing');
      }

      /** The code files of the asset; `cold` keeps the entry and what it imports statically. */
      function codeFiles({ cold }: { cold: boolean }): Map<string, string> {
        const dir = assetDir();
        const files = new Map<string, string>();
        const read = (name: string) => files.set(name, readFileSync(join(dir, name), 'utf8'));
        if (!cold) {
          for (const name of readdirSync(dir, { recursive: true }) as string[]) {
            if (/\.(mjs|cjs|json)$/.test(name)) read(name);
          }
          return files;
        }
        const pending = ['index.mjs'];
        while (pending.length > 0) {
          const name = pending.pop()!;
          if (files.has(name)) continue;
          read(name);
          // Static imports only: `import{a}from"./x.mjs"` and `import"./x.mjs"`, never `import("./x.mjs")`.
          for (const m of files.get(name)!.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.mjs)"/g)) {
            pending.push(m[1]!);
          }
        }
        return files;
      }

      const anyHolds = (files: Map<string, string>, text: string) =>
        [...files.values()].some((code) => code.includes(text));

      /** Each event in turn through the handler, in one fresh Node.js process: the first is its cold start. */
      function invokeBundle(
        fixtures: string[],
      ): { statusCode: number; headers: Record<string, string>; body: string }[] {
        const bundle = pathToFileURL(join(assetDir(), 'index.mjs'));
        const events = fixtures.map(
          (name) => new URL(`../functions/fixtures/${name}.json`, import.meta.url).href,
        );
        const script = `const { handler } = await import(${JSON.stringify(bundle.href)});
          const { readFile } = await import('node:fs/promises');
          const answers = [];
          for (const event of ${JSON.stringify(events)}) {
            answers.push(await handler(JSON.parse(await readFile(new URL(event), 'utf8'))));
          }
          process.stdout.write('\\n' + JSON.stringify(answers));`;
        const env = {
          PATH: process.env.PATH,
          ...API_FUNCTION_ENV,
          // No DynamoDB here: a store call fails at once, on a closed port, with fake credentials.
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
          AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
          AWS_MAX_ATTEMPTS: '1',
        };
        const run = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
          env,
          encoding: 'utf8',
        });
        // Minified source lines in a stack trace are noise; keep the readable ones as the failure message.
        const stderr = run.stderr
          .split('\n')
          .filter((line) => line.length < 300)
          .join('\n');
        expect(run.status, stderr).toBe(0);
        // The function's own log lines (Powertools JSON, EMF) come first; the answers are the last line.
        return JSON.parse(run.stdout.split('\n').at(-1) ?? '');
      }

      it('is an ES module that loads in plain Node.js and answers the health check (503 without a table)', () => {
        const [health] = invokeBundle(['get-healthz']);
        // The health check reads the table: here a DynamoDB that refuses connections, so it answers 503.
        expect(health!.statusCode).toBe(503);
        expect(JSON.parse(health!.body)).toMatchObject({ status: 503, code: 'store_unavailable' });
      });

      it('loads the pages and the OpenAPI document on their first request', () => {
        const [health, page, openapi] = invokeBundle(['get-healthz', 'get-tenant-page', 'get-openapi-json']);
        expect(health!.statusCode).toBe(503);
        // The tenant cannot be read without DynamoDB: the pages answer with their own error page.
        expect(page!.statusCode).toBe(500);
        expect(page!.headers['content-type']).toMatch(/^text\/html/);
        expect(page!.body).toContain(en.serverError.text);
        expect(openapi!.statusCode).toBe(200);
        expect(JSON.parse(openapi!.body)).toMatchObject({
          openapi: '3.1.0',
          info: { title: 'OpenHall API' },
        });
      });

      it('leaves the pages and the QR code library out of what a cold start loads', () => {
        const pageText = en.serverError.text;
        const qrText = 'The amount of data is too big to be stored in a QR Code';
        expect(anyHolds(codeFiles({ cold: false }), pageText)).toBe(true);
        expect(anyHolds(codeFiles({ cold: false }), qrText)).toBe(true);
        expect(anyHolds(codeFiles({ cold: true }), pageText)).toBe(false);
        expect(anyHolds(codeFiles({ cold: true }), qrText)).toBe(false);
      });

      it('leaves the SMS adapters and the Secrets Manager client out of what a cold start loads', () => {
        // A command the product never sends (only the client library names it), and the Tencent scope.
        for (const text of ['ListSecretVersionIdsCommand', 'tc3_request']) {
          expect(anyHolds(codeFiles({ cold: false }), text), text).toBe(true);
          expect(anyHolds(codeFiles({ cold: true }), text), text).toBe(false);
        }
      });

      it('carries no zod message locale but English', () => {
        const all = codeFiles({ cold: false });
        expect(anyHolds(all, 'credit card number')).toBe(true);
        for (const foreign of ['Kreditkartennummer', 'date et heure ISO', 'Ongeldige invoer']) {
          expect(anyHolds(all, foreign), foreign).toBe(false);
        }
      });
    });

    it('writes to a log group with a retention period', () => {
      const [, fn] = apiFunction(template);
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      const logGroup = template.findResources('AWS::Logs::LogGroup')[logGroupId] as Resource;
      expect(logGroup.Properties.RetentionInDays).toBeGreaterThan(0);
    });

    it('keeps production logs for at least six months', () => {
      const logGroups = Object.values(
        synth('prod', { bundle: false }).template.findResources('AWS::Logs::LogGroup'),
      );
      expect(logGroups.length).toBeGreaterThan(1);
      for (const logGroup of logGroups)
        expect(logGroup.Properties.RetentionInDays).toBeGreaterThanOrEqual(180);
    });
  });

  describe('least privilege', () => {
    function allStatements(): Statement[] {
      const [, fn] = apiFunction(template);
      const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];
      const attached = policies.filter(
        (p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleId }]),
      );
      expect(attached.length).toBeGreaterThan(0);
      return attached.flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    }
    /** The statements on the table (the secrets' one is checked on its own below). */
    function statements(): Statement[] {
      return allStatements().filter((s) => !actionsOf(s).some((a) => a.startsWith('secretsmanager:')));
    }
    const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
    const resourcesOf = (s: Statement) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);

    it('allows item reads, writes and queries, but never Scan or a wildcard action', () => {
      const actions = statements().flatMap(actionsOf);
      expect(actions).toEqual(
        expect.arrayContaining([
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:Query',
        ]),
      );
      for (const action of actions) {
        expect(action).not.toMatch(/^dynamodb:(Scan|DeleteItem)$|\*/);
      }
      expect(statements().every((s) => s.Effect === 'Allow')).toBe(true);
    });

    it('names only the table and its index ARNs as resources', () => {
      const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
      const indexArns = tableDefinition.globalSecondaryIndexes.map((index) => ({
        'Fn::Join': ['', [tableArn, `/index/${index.indexName}`]],
      }));
      const allowed = [tableArn, ...indexArns].map((arn) => JSON.stringify(arn));
      const resources = statements().flatMap(resourcesOf);
      for (const resource of resources) {
        expect(allowed).toContain(JSON.stringify(resource));
      }
      expect(new Set(resources.map((r) => JSON.stringify(r)))).toEqual(new Set(allowed));
    });

    it('reads only the SMS provider secrets, by name prefix, and nothing else of Secrets Manager', () => {
      const secrets = allStatements().filter((s) =>
        actionsOf(s).some((a) => a.startsWith('secretsmanager:')),
      );
      expect(secrets).toHaveLength(1);
      expect(actionsOf(secrets[0]!)).toEqual(['secretsmanager:GetSecretValue']);
      const [resource] = resourcesOf(secrets[0]!);
      expect(resourcesOf(secrets[0]!)).toHaveLength(1);
      expect(JSON.stringify(resource)).toMatch(/:secretsmanager:.*:secret:openhall\/sms\/\*"/);
    });

    it('keeps Query apart from item actions on the indexes', () => {
      for (const statement of statements()) {
        const touchesIndex = resourcesOf(statement).some((r) => JSON.stringify(r).includes('/index/'));
        if (touchesIndex) expect(actionsOf(statement)).toEqual(['dynamodb:Query']);
      }
    });
  });

  it('grants no IAM role anything on every resource', () => {
    const documents = [
      ...Object.values(template.findResources('AWS::IAM::Policy')).map((p) => p.Properties.PolicyDocument),
      ...Object.values(template.findResources('AWS::IAM::Role')).flatMap((r) =>
        (r.Properties.Policies ?? []).map((p: { PolicyDocument: unknown }) => p.PolicyDocument),
      ),
    ] as { Statement: Statement[] }[];
    const resources = documents.flatMap((d) => d.Statement).flatMap((s) => [s.Resource].flat());
    expect(resources.length).toBeGreaterThan(0);
    expect(resources).not.toContain('*');
  });

  describe('HTTP API', () => {
    it('sends every route to the function through a payload v2.0 proxy integration', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
      template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [functionId, 'Arn'] },
      });
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
      template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        Principal: 'apigateway.amazonaws.com',
        FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      });
    });
  });

  describe('staff user pool', () => {
    it('is admin-created only, retained and protected, with tenant, role and province attributes', () => {
      template.hasResource('AWS::Cognito::UserPool', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({
          AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
          DeletionProtection: 'ACTIVE',
          Schema: Match.arrayWith(
            ['tenant_id', 'role', 'province', 'roles', 'staff_id'].map((name) =>
              Match.objectLike({ Name: name, AttributeDataType: 'String' }),
            ),
          ),
        }),
      });
    });

    it('keeps tenant and province immutable', () => {
      const [, pool] = only(template, 'AWS::Cognito::UserPool');
      const schema = pool.Properties.Schema as { Name: string; Mutable: boolean }[];
      const mutable = Object.fromEntries(schema.map((a) => [a.Name, a.Mutable]));
      expect(mutable).toMatchObject({
        tenant_id: false,
        province: false,
        staff_id: false,
        role: true,
        roles: true,
      });
    });

    it('does not let a signed-in user rewrite the attributes that authorise them', () => {
      const [, client] = only(template, 'AWS::Cognito::UserPoolClient');
      const writable = client.Properties.WriteAttributes as string[];
      expect(writable.length).toBeGreaterThan(0);
      expect(writable.filter((name) => name.startsWith('custom:'))).toEqual([]);
      expect(client.Properties.ReadAttributes).toEqual(
        expect.arrayContaining([
          'custom:tenant_id',
          'custom:role',
          'custom:province',
          'custom:roles',
          'custom:staff_id',
        ]),
      );
    });

    it('signs staff in to the pages by authorization code only, back to the site itself', () => {
      const [, client] = only(template, 'AWS::Cognito::UserPoolClient');
      expect(client.Properties.AllowedOAuthFlows).toEqual(['code']);
      expect(client.Properties.GenerateSecret).toBe(false);
      expect(JSON.stringify(client.Properties.CallbackURLs)).toContain('/auth/callback');
      expect(JSON.stringify(client.Properties.LogoutURLs)).toContain('/auth/signed-out');
      template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    });
  });

  it('outputs the API URL, table name, user pool id and client id', () => {
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs).sort()).toEqual(['ApiUrl', 'TableName', 'UserPoolClientId', 'UserPoolId']);
    expect(outputs.TableName?.Value).toEqual({ Ref: tableId });
  });
});

describe('stageFromContext', () => {
  it.each([
    { context: {}, expected: 'dev' },
    { context: { stage: 'prod' }, expected: 'prod' },
    { context: { stage: 'pr-42' }, expected: 'pr-42' },
  ])('reads $context as $expected', ({ context, expected }) => {
    expect(stageFromContext(new App({ context }))).toBe(expected);
  });

  it.each(['Prod', '42', 'a_b', 'much-too-long-stage-name', ''])('rejects %j', (stage) => {
    expect(() => stageFromContext(new App({ context: { stage } }))).toThrow(/Context "stage"/);
  });
});
