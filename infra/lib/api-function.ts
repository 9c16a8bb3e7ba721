import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ArnFormat, AssetHashType, DockerImage, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Item-level actions the store performs. TransactWriteItems has no IAM action of its own: each item in
 * a transaction is authorised by its Put/Update action. The store never deletes (cancelled bookings
 * stay as records; idempotency and rate items expire by TTL), so DeleteItem and Scan are absent.
 */
export const TABLE_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  // A booking reads the person's ledger, the slot counter and the idempotency record in one batch.
  'dynamodb:BatchGetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
] as const;

/** Read actions allowed on the table and on each named secondary index. */
export const TABLE_QUERY_ACTIONS = ['dynamodb:Query'] as const;

/**
 * The tenants' SMS provider credentials: secrets named under this prefix (`SMS_SECRET_PREFIX` of the
 * domain, which a tenant's settings must use), created by an operator per district, read only.
 */
export const SMS_SECRET_NAMES = 'openhall/sms/*';

/**
 * A function's code: its entry (functions/api.ts for the API) bundled by infra/lib/lambda-bundle.ts (esbuild with code
 * splitting and a plugin, which NodejsFunction cannot take). CDK's local bundling hook is
 * synchronous and esbuild's plugin API is not, so the bundle is built in a child Node.js process.
 *
 * The AWS SDK is bundled, which puts its client, signer and middleware (about half the code a cold
 * start loads) in our files. Leaving it to the copy the Node.js 22 runtime carries would halve the
 * bundle, but that copy is loaded as many unminified CommonJS files: `pnpm bench:cold` measures
 * both, and the runtime's SDK costs the cold import more CPU than the whole bundled function. It
 * would also run whichever SDK version the runtime has, not the one the tests ran against.
 */
export function bundledCode(entry: string): Code {
  return Code.fromAsset(repoRoot, {
    // The hash of the bundle itself: the sources it comes from are spread over the workspace.
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling always answers, or fails loudly.
      image: DockerImage.fromRegistry('dummy'),
      local: {
        tryBundle(outputDir) {
          execFileSync(
            process.execPath,
            ['--import', 'tsx', `${repoRoot}infra/bin/bundle-lambda.ts`, entry, outputDir],
            { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] },
          );
          return true;
        },
      },
    },
  });
}

export interface ApiFunctionProps {
  table: ITable;
  /** Secondary indexes the API queries; each gets its own ARN in the policy rather than `index/*`. */
  indexNames: readonly string[];
  cognitoIssuer: string;
  cognitoAudience: string;
  /** Base URL of the user pool's managed login (the staff pages' hosted sign-in). */
  cognitoDomain: string;
  logRetention: RetentionDays;
  /** Keep the log group when the stack goes away (production audit trail). */
  retainLogs: boolean;
  /** Keep the phone-hash key when the stack goes away: without it, stored person ledgers cannot be found. */
  retainSecrets: boolean;
}

/** The single Lambda behind the HTTP API: functions/api.ts bundled with the local esbuild. */
export class ApiFunction extends Construct {
  readonly fn: LambdaFunction;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);

    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    // Key of the HMAC that names phones and clients in table keys (a plain hash of a mobile number is
    // reversed by trying them all). Generated once per stage and kept outside the table; it reaches the
    // function through a CloudFormation dynamic reference resolved at deploy time, so the template never
    // holds it, and the function needs no Secrets Manager call at cold start.
    const phoneHashSecret = new Secret(this, 'PhoneHashSecret', {
      description: 'OpenHall: key of the HMAC naming phones in table keys',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: props.retainSecrets ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.fn = new LambdaFunction(this, 'Handler', {
      code: bundledCode(`${repoRoot}functions/api.ts`),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.seconds(10),
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        TABLE_NAME: props.table.tableName,
        COGNITO_ISSUER: props.cognitoIssuer,
        COGNITO_AUDIENCE: props.cognitoAudience,
        COGNITO_DOMAIN: props.cognitoDomain,
        PHONE_HASH_SECRET: phoneHashSecret.secretValue.unsafeUnwrap(),
        // No `--enable-source-maps`: with it, Node.js reads the source map of each chunk it loads, and
        // `pnpm bench:cold` measures about a fifth more CPU for the cold import. The maps still ship in
        // the asset, to read a minified stack trace back to the sources when one is needed.
      },
    });

    const tableArn = props.table.tableArn;
    const indexArns = props.indexNames.map((name) => `${tableArn}/index/${name}`);
    this.fn.addToRolePolicy(new PolicyStatement({ actions: [...TABLE_ITEM_ACTIONS], resources: [tableArn] }));
    this.fn.addToRolePolicy(
      new PolicyStatement({ actions: [...TABLE_QUERY_ACTIONS], resources: [tableArn, ...indexArns] }),
    );
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: [
          Stack.of(this).formatArn({
            service: 'secretsmanager',
            resource: 'secret',
            resourceName: SMS_SECRET_NAMES,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    );
  }
}
