import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { ApiFunction } from './api-function.js';
import { Automation, OUTBOX_SOURCE } from './automation.js';
import { DataTable } from './data-table.js';
import { EventArchive } from './event-archive.js';
import { acknowledgeNagFindings } from './nag-acknowledgements.js';
import { StaffUserPool } from './staff-user-pool.js';
import { isProduction } from './stage.js';

export interface OpenHallStackProps extends StackProps {
  stage: string;
}

/**
 * One stage of OpenHall: the table, the staff user pool, one Lambda behind an HTTP API, and the
 * automation (outbox Pipe, bus, schedules and their functions).
 */
export class OpenHallStack extends Stack {
  readonly data: DataTable;
  readonly staff: StaffUserPool;
  readonly api: ApiFunction;
  readonly httpApi: HttpApi;
  readonly archive: EventArchive;
  readonly automation: Automation;

  constructor(scope: Construct, id: string, props: OpenHallStackProps) {
    super(scope, id, props);
    const production = isProduction(props.stage);

    this.data = new DataTable(this, 'Data');
    // The API first, without its route: the user pool's client names the API's URL as its callback,
    // and the function, which the route calls, needs the client's id.
    this.httpApi = new HttpApi(this, 'HttpApi', { apiName: `openhall-${props.stage}` });
    this.staff = new StaffUserPool(this, 'Staff', { stage: props.stage, siteUrl: this.httpApi.apiEndpoint });

    this.api = new ApiFunction(this, 'Api', {
      table: this.data.table,
      indexNames: this.data.indexNames,
      cognitoIssuer: this.staff.issuer,
      cognitoAudience: this.staff.client.userPoolClientId,
      cognitoDomain: this.staff.domain.baseUrl(),
      // The Cybersecurity Law (网络安全法, art. 21) asks for network logs kept at least six months.
      logRetention: production ? RetentionDays.SIX_MONTHS : RetentionDays.ONE_MONTH,
      retainLogs: production,
      retainSecrets: production,
    });

    // One catch-all route: the Hono app does the routing, so API Gateway stays a pass-through.
    const defaultRoute = new HttpRoute(this, 'DefaultRoute', {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.DEFAULT,
      integration: new HttpLambdaIntegration('ApiIntegration', this.api.fn),
    });

    // The domain events archived to S3 for Athena (the events bus puts to its delivery stream).
    this.archive = new EventArchive(this, 'EventArchive', { stage: props.stage, retain: production });
    // 5xx rate: the share of requests answered with a server error over five minutes.
    new Alarm(this, 'Api5xxRateAlarm', {
      alarmDescription: `OpenHall ${props.stage}: more than 5 % of API requests failed with a 5xx`,
      metric: new MathExpression({
        expression: 'IF(requests > 0, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: this.httpApi.metricServerError({ period: Duration.minutes(5) }),
          requests: this.httpApi.metricCount({ period: Duration.minutes(5) }),
        },
        period: Duration.minutes(5),
      }),
      threshold: 5,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 2,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    this.automation = new Automation(this, 'Automation', {
      stage: props.stage,
      table: this.data.table,
      indexNames: this.data.indexNames,
      logRetention: production ? RetentionDays.SIX_MONTHS : RetentionDays.ONE_MONTH,
      retainLogs: production,
    });
    // Every outbox event on the bus is archived as well as consumed.
    this.archive.feedFrom(
      this.automation.bus,
      { source: [OUTBOX_SOURCE], detailType: ['OutboxEvent'] },
      props.stage,
    );

    // Access logs of every request (网络安全法 art. 21 keeps network logs six months in production).
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: production ? RetentionDays.SIX_MONTHS : RetentionDays.ONE_MONTH,
      removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const stage = this.httpApi.defaultStage?.node.defaultChild as CfnStage;
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      // No client address or query string: ids in paths only, never a phone.
      format: JSON.stringify({
        requestId: '$context.requestId',
        time: '$context.requestTime',
        method: '$context.httpMethod',
        route: '$context.routeKey',
        path: '$context.path',
        status: '$context.status',
        latencyMs: '$context.responseLatency',
      }),
    };

    acknowledgeNagFindings(props.stage, {
      userPool: this.staff.userPool,
      phoneHashSecret: this.api.node.findChild('PhoneHashSecret'),
      functions: [
        this.api.fn,
        this.automation.consumer,
        this.automation.task,
        this.automation.job,
        this.automation.enrichment,
      ],
      httpApi: this.httpApi,
      defaultRoute,
      archive: this.archive,
      pipeDeadLetters: this.automation.pipeDeadLetters,
      consumer: this.automation.consumer,
      smsSenders: [this.api.fn, this.automation.task, this.automation.job],
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.staff.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.staff.client.userPoolClientId });
  }
}
