import { fileURLToPath } from 'node:url';
import { RECURRING_JOBS } from '@openhall/services';
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnPipe } from 'aws-cdk-lib/aws-pipes';
import { CfnSchedule, CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { bundledCode, SMS_SECRET_NAMES, TABLE_ITEM_ACTIONS, TABLE_QUERY_ACTIONS } from './api-function.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What the Pipe puts on the bus, and what the consumers' rule matches. */
export const OUTBOX_SOURCE = 'openhall.outbox';

/** The DynamoDB stream filter of the Pipe: new outbox items only (a relayed mark is a MODIFY). */
export const OUTBOX_FILTER = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { entity: { S: ['OutboxEvent'] } } },
};

/** Stream actions the Pipe needs on the table's stream. */
const STREAM_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];

/**
 * The attributes the enrichment may read: the keys it names and the province it projects. The
 * membership item (`TENANT#{t}` / `PROVINCE`) holds no personal data, and no other attribute of any
 * item can be read with this role.
 */
export const ENRICHMENT_ATTRIBUTES = ['pk', 'sk', 'province'] as const;

export interface AutomationProps {
  stage: string;
  table: ITable;
  indexNames: readonly string[];
  logRetention: RetentionDays;
  retainLogs: boolean;
}

/**
 * What happens without a click: the table's stream -> an EventBridge Pipe (outbox items only) -> a
 * custom bus -> the event consumer; EventBridge Scheduler's groups (reminders, lateness checks, daily
 * jobs) and the role it invokes their targets with; a dead-letter queue behind every asynchronous
 * target, each with an alarm on its depth. All three functions are one bundle (functions/automation.ts).
 */
export class Automation extends Construct {
  readonly bus: EventBus;
  readonly consumer: LambdaFunction;
  readonly task: LambdaFunction;
  readonly job: LambdaFunction;
  /** The Pipe's enrichment: each outbox record with its tenant's province, for the archive. */
  readonly enrichment: LambdaFunction;
  readonly schedulerRole: Role;
  readonly deadLetterQueues: Queue[] = [];
  readonly pipeDeadLetters: Queue;
  readonly groups: Record<'reminders' | 'lateness' | 'jobs', CfnScheduleGroup>;

  constructor(scope: Construct, id: string, props: AutomationProps) {
    super(scope, id);
    const { stage, table } = props;
    const stack = Stack.of(this);
    const queue = (name: string) => {
      const q = new Queue(this, `${name}DeadLetters`, {
        retentionPeriod: Duration.days(14),
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
      });
      this.deadLetterQueues.push(q);
      new Alarm(this, `${name}DeadLettersAlarm`, {
        alarmDescription: `OpenHall ${stage}: ${name} work failed after its retries (dead letters waiting)`,
        metric: q.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      return q;
    };
    const pipeDlq = queue('Pipe');
    this.pipeDeadLetters = pipeDlq;
    const consumerDlq = queue('Consumer');
    const taskDlq = queue('Task');
    const jobDlq = queue('Job');

    this.groups = {
      reminders: new CfnScheduleGroup(this, 'RemindersGroup', { name: `openhall-${stage}-reminders` }),
      lateness: new CfnScheduleGroup(this, 'LatenessGroup', { name: `openhall-${stage}-lateness` }),
      jobs: new CfnScheduleGroup(this, 'JobsGroup', { name: `openhall-${stage}-jobs` }),
    };

    const code = bundledCode(`${repoRoot}functions/automation.ts`);
    const fn = (name: string, handler: string, deadLetterQueue: Queue, timeout: Duration) =>
      new LambdaFunction(this, name, {
        code,
        handler: `index.${handler}`,
        runtime: Runtime.NODEJS_22_X,
        architecture: Architecture.ARM_64,
        memorySize: 512,
        timeout,
        logGroup: new LogGroup(this, `${name}Logs`, {
          retention: props.logRetention,
          removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        }),
        loggingFormat: LoggingFormat.JSON,
        // Asynchronous invocations that fail their retries land here.
        deadLetterQueue,
        retryAttempts: 2,
        environment: { TABLE_NAME: table.tableName },
      });
    this.task = fn('Task', 'scheduledTask', taskDlq, Duration.seconds(30));
    this.consumer = fn('Consumer', 'consumer', consumerDlq, Duration.seconds(30));
    this.job = fn('Job', 'recurringJob', jobDlq, Duration.minutes(10));

    // EventBridge Scheduler's role: it may invoke the task and job functions and nothing else.
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    });
    this.schedulerRole.addToPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.task.functionArn, this.job.functionArn],
      }),
    );
    this.schedulerRole.addToPolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [taskDlq.queueArn, jobDlq.queueArn] }),
    );

    // The consumer keeps the one-time schedules: create and delete in the two groups, pass the role.
    const scheduleArn = (group: CfnScheduleGroup) =>
      stack.formatArn({ service: 'scheduler', resource: 'schedule', resourceName: `${group.name}/*` });
    this.consumer.addToRolePolicy(
      new PolicyStatement({
        actions: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'],
        resources: [scheduleArn(this.groups.reminders), scheduleArn(this.groups.lateness)],
      }),
    );
    this.consumer.addToRolePolicy(
      new PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [this.schedulerRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
    this.consumer.addEnvironment('SCHEDULE_GROUP_REMINDERS', String(this.groups.reminders.name));
    this.consumer.addEnvironment('SCHEDULE_GROUP_LATENESS', String(this.groups.lateness.name));
    this.consumer.addEnvironment('TASK_FUNCTION_ARN', this.task.functionArn);
    this.consumer.addEnvironment('SCHEDULER_ROLE_ARN', this.schedulerRole.roleArn);
    this.consumer.addEnvironment('TASK_DEAD_LETTER_ARN', taskDlq.queueArn);
    for (const f of [this.task, this.job]) {
      for (const [name, value] of Object.entries({
        SCHEDULE_GROUP_REMINDERS: String(this.groups.reminders.name),
        SCHEDULE_GROUP_LATENESS: String(this.groups.lateness.name),
        // Not invoked from these two (only the consumer creates schedules); set so one config loads everywhere.
        TASK_FUNCTION_ARN: 'unused',
        SCHEDULER_ROLE_ARN: 'unused',
        TASK_DEAD_LETTER_ARN: 'unused',
      })) {
        f.addEnvironment(name, value);
      }
    }

    // Table access: the same item and query actions as the API, never Scan or DeleteItem except the
    // release of a failed claim (a once-record), which only these functions do.
    const tableArn = table.tableArn;
    const indexArns = props.indexNames.map((name) => `${tableArn}/index/${name}`);
    for (const f of [this.consumer, this.task, this.job]) {
      f.addToRolePolicy(
        new PolicyStatement({
          actions: [...TABLE_ITEM_ACTIONS, 'dynamodb:DeleteItem'],
          resources: [tableArn],
        }),
      );
      f.addToRolePolicy(
        new PolicyStatement({ actions: [...TABLE_QUERY_ACTIONS], resources: [tableArn, ...indexArns] }),
      );
    }

    // The task (reminders, the lateness check) and the job (the morning overdue list) send SMS through
    // each tenant's provider: they read the tenants' SMS credentials, only those, and never write them.
    // The consumer sends nothing and gets no secret.
    const smsSecrets = stack.formatArn({
      service: 'secretsmanager',
      resource: 'secret',
      resourceName: SMS_SECRET_NAMES,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    for (const f of [this.task, this.job]) {
      f.addToRolePolicy(
        new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [smsSecrets] }),
      );
    }

    this.bus = new EventBus(this, 'Bus', { eventBusName: `openhall-${stage}` });

    // The Pipe's enrichment: a bundle of its own (no scheduler, no SMS), invoked synchronously by the
    // Pipe with each batch, so it has no dead-letter queue (a failed batch is the Pipe's to retry).
    this.enrichment = new LambdaFunction(this, 'Enrichment', {
      code: bundledCode(`${repoRoot}functions/outbox-enrichment.ts`),
      handler: 'index.enrich',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(10),
      logGroup: new LogGroup(this, 'EnrichmentLogs', {
        retention: props.logRetention,
        removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      }),
      loggingFormat: LoggingFormat.JSON,
      environment: { TABLE_NAME: table.tableName },
    });
    // It reads one attribute, `province`, of the province membership items, by key: GetItem only,
    // with a projection the condition holds it to (no Query, no index, no other attribute).
    this.enrichment.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [tableArn],
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...ENRICHMENT_ATTRIBUTES] },
          StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
        },
      }),
    );

    // The Pipe: the table's stream, outbox INSERTs only, through the enrichment, onto the bus.
    const pipeRole = new Role(this, 'PipeRole', {
      assumedBy: new ServicePrincipal('pipes.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    });
    const streamArn = table.tableStreamArn;
    if (!streamArn) throw new Error('the table needs its stream for the outbox Pipe');
    pipeRole.addToPolicy(new PolicyStatement({ actions: STREAM_ACTIONS, resources: [streamArn] }));
    pipeRole.addToPolicy(
      new PolicyStatement({ actions: ['events:PutEvents'], resources: [this.bus.eventBusArn] }),
    );
    pipeRole.addToPolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [pipeDlq.queueArn] }),
    );
    pipeRole.addToPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.enrichment.functionArn] }),
    );
    const pipe = new CfnPipe(this, 'OutboxPipe', {
      name: `openhall-${stage}-outbox`,
      roleArn: pipeRole.roleArn,
      source: streamArn,
      sourceParameters: {
        dynamoDbStreamParameters: {
          startingPosition: 'TRIM_HORIZON',
          batchSize: 10,
          maximumRetryAttempts: 10,
          deadLetterConfig: { arn: pipeDlq.queueArn },
        },
        filterCriteria: { filters: [{ pattern: JSON.stringify(OUTBOX_FILTER) }] },
      },
      // Each batch comes back whole and in order, each record with its tenant's `province` beside it.
      enrichment: this.enrichment.functionArn,
      target: this.bus.eventBusArn,
      targetParameters: {
        eventBridgeEventBusParameters: { detailType: 'OutboxEvent', source: OUTBOX_SOURCE },
      },
    });
    pipe.node.addDependency(pipeRole);

    new Rule(this, 'ConsumerRule', {
      eventBus: this.bus,
      eventPattern: { source: [OUTBOX_SOURCE], detailType: ['OutboxEvent'] },
      targets: [
        new LambdaTarget(this.consumer, {
          deadLetterQueue: consumerDlq,
          retryAttempts: 20,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });

    // The daily jobs, in Asia/Shanghai.
    for (const job of RECURRING_JOBS) {
      new CfnSchedule(this, `${job.id}Schedule`, {
        name: `openhall-${stage}-${job.id}`,
        groupName: String(this.groups.jobs.name),
        scheduleExpression: job.cron,
        scheduleExpressionTimezone: 'Asia/Shanghai',
        flexibleTimeWindow: { mode: 'OFF' },
        target: {
          arn: this.job.functionArn,
          roleArn: this.schedulerRole.roleArn,
          input: JSON.stringify({ job: job.id }),
          retryPolicy: { maximumRetryAttempts: 5, maximumEventAgeInSeconds: 3600 },
          deadLetterConfig: { arn: jobDlq.queueArn },
        },
      }).addDependency(this.groups.jobs);
    }
  }
}
