import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENRICHMENT_ATTRIBUTES, OUTBOX_FILTER, OUTBOX_SOURCE } from './lib/automation.js';
import { OpenHallStack } from './lib/openhall-stack.js';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** The stack without bundling (the API's bundle is tested in openhall-stack.test.ts), with cdk-nag's AwsSolutions pack. */
function synth(stage: string) {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], stage } });
  const stack = new OpenHallStack(app, `OpenHall-${stage}`, { stage });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  // A finding neither fixed nor acknowledged (with its reason) fails the synthesis with a report.
  let nagReport = '';
  try {
    app.synth();
  } catch (error) {
    nagReport = (error as Error).message;
  }
  return { stack, template: Template.fromStack(stack), nagReport };
}

const resources = (template: Template, type: string) =>
  Object.entries(template.findResources(type)) as [string, Resource][];

function policyStatementsOfRole(template: Template, roleId: string): Statement[] {
  return resources(template, 'AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(`"${roleId}"`))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

const functionByHandler = (template: Template, handler: string) => {
  const found = resources(template, 'AWS::Lambda::Function').filter(
    ([, f]) => f.Properties.Handler === handler,
  );
  expect(found, handler).toHaveLength(1);
  return found[0]!;
};
const roleOf = (fn: Resource) => (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

describe('Automation', { timeout: 120_000 }, () => {
  let template: Template;
  let nagReport: string;

  beforeAll(() => {
    ({ template, nagReport } = synth('dev'));
  }, 120_000);

  it('streams the table’s new images to a Pipe that passes only outbox INSERTs to the custom bus', () => {
    const [, table] = resources(template, 'AWS::DynamoDB::Table')[0]!;
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
    const [[, pipe]] = resources(template, 'AWS::Pipes::Pipe') as [[string, Resource]];
    const source = pipe.Properties.SourceParameters as {
      FilterCriteria: { Filters: { Pattern: string }[] };
      DynamoDBStreamParameters: { DeadLetterConfig: { Arn: unknown } };
    };
    expect(source.FilterCriteria.Filters.map((f) => JSON.parse(f.Pattern))).toEqual([OUTBOX_FILTER]);
    expect(OUTBOX_FILTER.dynamodb.NewImage.entity.S).toEqual(['OutboxEvent']);
    expect(source.DynamoDBStreamParameters.DeadLetterConfig.Arn).toBeDefined();
    const [busId] = resources(template, 'AWS::Events::EventBus')[0] ?? [];
    expect(pipe.Properties.Target).toEqual({ 'Fn::GetAtt': [busId, 'Arn'] });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: busId },
      EventPattern: { source: [OUTBOX_SOURCE], 'detail-type': ['OutboxEvent'] },
      Targets: [
        Match.objectLike({ DeadLetterConfig: { Arn: Match.anyValue() }, RetryPolicy: Match.anyValue() }),
      ],
    });
  });

  it('enriches each batch through the one enrichment function, which the Pipe’s role alone may invoke', () => {
    const [[, pipe]] = resources(template, 'AWS::Pipes::Pipe') as [[string, Resource]];
    const [enrichmentId, enrichment] = functionByHandler(template, 'index.enrich');
    expect(pipe.Properties.Enrichment).toEqual({ 'Fn::GetAtt': [enrichmentId, 'Arn'] });
    // The whole batch goes to the function (no input template cutting the record down).
    expect(pipe.Properties.EnrichmentParameters).toBeUndefined();
    // Synchronous: no dead-letter queue of its own (a failed batch is the Pipe's to retry).
    expect(enrichment.Properties.DeadLetterConfig).toBeUndefined();
    expect(enrichment.Properties.Environment).toEqual({
      Variables: { TABLE_NAME: expect.anything() },
    });

    const pipeRoleId = (pipe.Properties.RoleArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const pipeStatements = policyStatementsOfRole(template, pipeRoleId);
    const invoke = pipeStatements.filter((s) => [s.Action].flat().includes('lambda:InvokeFunction'));
    expect(invoke.flatMap((s) => [s.Resource].flat())).toEqual([{ 'Fn::GetAtt': [enrichmentId, 'Arn'] }]);
    expect(pipeStatements.flatMap((s) => [s.Action].flat()).sort()).toEqual([
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
      'events:PutEvents',
      'lambda:InvokeFunction',
      'sqs:SendMessage',
    ]);
    // No other role may invoke it.
    const invokers = resources(template, 'AWS::IAM::Policy').filter(([, p]) =>
      JSON.stringify(p.Properties.PolicyDocument).includes(`"${enrichmentId}"`),
    );
    expect(invokers.map(([, p]) => JSON.stringify(p.Properties.Roles))).toEqual([
      JSON.stringify([{ Ref: pipeRoleId }]),
    ]);
  });

  it('lets the enrichment read only the province attribute, by key, with GetItem, on the table alone', () => {
    const [, enrichment] = functionByHandler(template, 'index.enrich');
    const statements = policyStatementsOfRole(template, roleOf(enrichment));
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect([statement!.Action].flat()).toEqual(['dynamodb:GetItem']);
    const [tableId] = resources(template, 'AWS::DynamoDB::Table')[0]!;
    expect([statement!.Resource].flat()).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
    expect(statement!.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...ENRICHMENT_ATTRIBUTES] },
      StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
    });
    expect(ENRICHMENT_ATTRIBUTES).toContain('province');
  });

  it('keeps schedules in a few groups by purpose, not one per tenant', () => {
    const names = resources(template, 'AWS::Scheduler::ScheduleGroup').map(([, g]) => g.Properties.Name);
    expect(names.sort()).toEqual(['openhall-dev-jobs', 'openhall-dev-lateness', 'openhall-dev-reminders']);
  });

  it('runs the nightly and morning jobs on cron in Asia/Shanghai, exactly on time, dead-lettered', () => {
    const schedules = resources(template, 'AWS::Scheduler::Schedule').map(([, s]) => s.Properties);
    expect(schedules.map((s) => s.ScheduleExpression).sort()).toEqual([
      'cron(30 23 * * ? *)',
      'cron(30 8 * * ? *)',
    ]);
    for (const s of schedules) {
      expect(s).toMatchObject({
        ScheduleExpressionTimezone: 'Asia/Shanghai',
        FlexibleTimeWindow: { Mode: 'OFF' },
        GroupName: 'openhall-dev-jobs',
        Target: { DeadLetterConfig: { Arn: expect.anything() } },
      });
    }
  });

  it('gives every asynchronous target a dead-letter queue with an alarm on its depth', () => {
    const queues = resources(template, 'AWS::SQS::Queue');
    // The consumer's, the task's, the job's, the Pipe's, and the archive feed's.
    expect(queues).toHaveLength(5);
    const [, feed] = resources(template, 'AWS::Events::Rule').find(([, r]) =>
      JSON.stringify(r.Properties.Targets).includes('EventArchiveStream'),
    )!;
    expect(JSON.stringify(feed.Properties.Targets)).toContain('FeedDeadLetters');
    for (const handler of ['index.consumer', 'index.scheduledTask', 'index.recurringJob']) {
      const [, fn] = functionByHandler(template, handler);
      expect(fn.Properties.DeadLetterConfig, handler).toMatchObject({ TargetArn: expect.anything() });
    }
    const alarmed = resources(template, 'AWS::CloudWatch::Alarm')
      .filter(([, a]) => a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible')
      .map(([, a]) => JSON.stringify(a.Properties.Dimensions));
    for (const [queueId] of queues)
      expect(
        alarmed.some((d) => d.includes(queueId)),
        queueId,
      ).toBe(true);
  });

  it('alarms on the API’s 5xx rate', () => {
    const [[, alarm]] = resources(template, 'AWS::CloudWatch::Alarm').filter(([, a]) =>
      JSON.stringify(a.Properties.Metrics ?? '').includes('5xx'),
    ) as [[string, Resource]];
    expect(JSON.stringify(alarm.Properties.Metrics)).toContain('100 * errors / requests');
    expect(alarm.Properties.Threshold).toBe(5);
  });

  it('lets the scheduler role invoke only the task and job functions', () => {
    const [roleId] = resources(template, 'AWS::IAM::Role').find(([, r]) =>
      JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('scheduler.amazonaws.com'),
    )!;
    const statements = policyStatementsOfRole(template, roleId);
    const invoke = statements.filter((s) => [s.Action].flat().includes('lambda:InvokeFunction'));
    const targets = [
      functionByHandler(template, 'index.scheduledTask'),
      functionByHandler(template, 'index.recurringJob'),
    ];
    expect(
      invoke
        .flatMap((s) => [s.Resource].flat())
        .map((r) => JSON.stringify(r))
        .sort(),
    ).toEqual(targets.map(([id]) => JSON.stringify({ 'Fn::GetAtt': [id, 'Arn'] })).sort());
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual([
      'lambda:InvokeFunction',
      'sqs:SendMessage',
    ]);
  });

  it('lets only the consumer create and delete schedules, in the two one-time groups, and pass only the scheduler role', () => {
    const [, consumer] = functionByHandler(template, 'index.consumer');
    const statements = policyStatementsOfRole(template, roleOf(consumer));
    const scheduling = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('scheduler:')));
    expect(scheduling.flatMap((s) => [s.Action].flat()).sort()).toEqual([
      'scheduler:CreateSchedule',
      'scheduler:DeleteSchedule',
    ]);
    const scheduleArns = JSON.stringify(scheduling.flatMap((s) => [s.Resource].flat()));
    expect(scheduleArns).toContain('openhall-dev-reminders/*');
    expect(scheduleArns).toContain('openhall-dev-lateness/*');
    expect(scheduleArns).not.toContain('openhall-dev-jobs');
    const passRole = statements.find((s) => [s.Action].flat().includes('iam:PassRole'));
    expect(passRole?.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' },
    });
    for (const handler of ['index.scheduledTask', 'index.recurringJob', 'index.handler']) {
      const [, fn] = functionByHandler(template, handler);
      const actions = policyStatementsOfRole(template, roleOf(fn)).flatMap((s) => [s.Action].flat());
      expect(
        actions.filter((a) => a.startsWith('scheduler:') || a === 'iam:PassRole'),
        handler,
      ).toEqual([]);
    }
  });

  it('lets the task and the job read the tenants’ SMS secrets, only those and only read; the consumer none', () => {
    const secretActions = (handler: string) => {
      const [, fn] = functionByHandler(template, handler);
      return policyStatementsOfRole(template, roleOf(fn)).filter((s) =>
        [s.Action].flat().some((a) => a.startsWith('secretsmanager:')),
      );
    };
    for (const handler of ['index.scheduledTask', 'index.recurringJob']) {
      const statements = secretActions(handler);
      expect(
        statements.flatMap((s) => [s.Action].flat()),
        handler,
      ).toEqual(['secretsmanager:GetSecretValue']);
      const arns = JSON.stringify(statements.flatMap((s) => [s.Resource].flat()));
      expect(arns, handler).toContain(':secret:openhall/sms/*');
      expect(
        statements.flatMap((s) => [s.Resource].flat()),
        handler,
      ).toHaveLength(1);
    }
    expect(secretActions('index.consumer')).toEqual([]);
  });

  it('never grants Scan to any function', () => {
    const actions = resources(template, 'AWS::IAM::Policy').flatMap(([, p]) =>
      (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement.flatMap((s) => [s.Action].flat()),
    );
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions.some((a) => a.includes('*'))).toBe(false);
  });

  it('passes cdk-nag’s AwsSolutions checks: every finding fixed or suppressed with a reason', () => {
    expect(nagReport).toBe('');
    expect(synth('prod').nagReport).toBe('');
  });
});
