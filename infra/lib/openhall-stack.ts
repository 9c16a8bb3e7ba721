import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { ApiFunction } from './api-function.js';
import { DataTable } from './data-table.js';
import { EventArchive } from './event-archive.js';
import { StaffUserPool } from './staff-user-pool.js';
import { isProduction } from './stage.js';

export interface OpenHallStackProps extends StackProps {
  stage: string;
}

/** One stage of OpenHall: the table, the staff user pool, and one Lambda behind an HTTP API. */
export class OpenHallStack extends Stack {
  readonly data: DataTable;
  readonly staff: StaffUserPool;
  readonly api: ApiFunction;
  readonly httpApi: HttpApi;
  readonly archive: EventArchive;

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
    new HttpRoute(this, 'DefaultRoute', {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.DEFAULT,
      integration: new HttpLambdaIntegration('ApiIntegration', this.api.fn),
    });

    // The domain events archived to S3 for Athena (the events bus puts to its delivery stream).
    this.archive = new EventArchive(this, 'EventArchive', { stage: props.stage, retain: production });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.staff.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.staff.client.userPoolClientId });
  }
}
