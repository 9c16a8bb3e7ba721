import { execFileSync } from 'node:child_process';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_PARTITION_QUERY, ARCHIVE_PREFIX, EventArchive } from './lib/event-archive.js';

/** The jq binary, when the machine has one: runs the delivery stream's query as Firehose would. */
const jq = (() => {
  try {
    execFileSync('jq', ['--version']);
    return (query: string, record: unknown) =>
      JSON.parse(execFileSync('jq', ['-c', query], { input: JSON.stringify(record) }).toString());
  } catch {
    return undefined;
  }
})();

function template(retain: boolean): Template {
  const stack = new Stack(new App(), 'Archive');
  new EventArchive(stack, 'EventArchive', { stage: 'test', retain });
  return Template.fromStack(stack);
}

/** The archive fed from a bus, as the stack wires it. */
function fedTemplate(): Template {
  const stack = new Stack(new App(), 'FedArchive');
  const bus = new EventBus(stack, 'Bus', { eventBusName: 'openhall-test' });
  new EventArchive(stack, 'EventArchive', { stage: 'test', retain: false }).feedFrom(
    bus,
    { source: ['openhall.outbox'], detailType: ['OutboxEvent'] },
    'test',
  );
  return Template.fromStack(stack);
}

// A first synth loads aws-cdk-lib, which takes a while on a loaded machine.
describe('EventArchive', { timeout: 120_000 }, () => {
  it('delivers events to S3 partitioned by province, district and date, read from the event with JQ', () => {
    const t = template(false);
    t.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      DeliveryStreamType: 'DirectPut',
      ExtendedS3DestinationConfiguration: Match.objectLike({
        Prefix: ARCHIVE_PREFIX,
        DynamicPartitioningConfiguration: { Enabled: true, RetryOptions: { DurationInSeconds: 300 } },
        ProcessingConfiguration: Match.objectLike({
          Processors: Match.arrayWith([Match.objectLike({ Type: 'MetadataExtraction' })]),
        }),
      }),
    });
    expect(ARCHIVE_PREFIX).toMatch(/province=.*district=.*date=/);
  });

  it('keeps the bucket private and encrypted, and gives Firehose only writing to it', () => {
    const t = template(true);
    t.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.anyValue(),
    });
    t.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    const policies = t.findResources('AWS::IAM::Policy');
    const actions = Object.values(policies).flatMap((p) =>
      (p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) => s.Action),
    );
    expect(actions.every((a) => a.startsWith('s3:'))).toBe(true);
    expect(actions).not.toContain('s3:DeleteObject');
  });

  it('describes the archive to Athena with partition projection, no crawler', () => {
    const t = template(false);
    t.hasResourceProperties('AWS::Glue::Table', {
      TableInput: Match.objectLike({
        PartitionKeys: [
          { Name: 'province', Type: 'string' },
          { Name: 'district', Type: 'string' },
          { Name: 'date', Type: 'string' },
        ],
        Parameters: Match.objectLike({
          'projection.enabled': 'true',
          'projection.district.type': 'injected',
        }),
      }),
    });
    t.resourceCountIs('AWS::Glue::Crawler', 0);
  });

  it('is fed by a rule on the bus: outbox events to the stream, the envelope flat, a dead-letter queue after retries', () => {
    const t = fedTemplate();
    t.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: Match.anyValue(),
      EventPattern: { source: ['openhall.outbox'], 'detail-type': ['OutboxEvent'] },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('EventArchiveStream'), 'Arn'] },
          RoleArn: Match.anyValue(),
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('FeedDeadLetters'), 'Arn'] } },
          RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
          InputTransformer: Match.objectLike({
            InputPathsMap: Match.objectLike({
              // The enrichment's province, beside the stream record.
              'detail-province': '$.detail.province',
              'detail-dynamodb-NewImage-tenantId-S': '$.detail.dynamodb.NewImage.tenantId.S',
              'detail-dynamodb-NewImage-event-M-occurredAt-S':
                '$.detail.dynamodb.NewImage.event.M.occurredAt.S',
            }),
          }),
        }),
      ],
    });
    // The dead-letter queue is encrypted, SSL only, alarmed, and only this rule may send to it.
    t.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    const queuePolicy = JSON.stringify(t.findResources('AWS::SQS::QueuePolicy'));
    expect(queuePolicy).toContain('events.amazonaws.com');
    expect(queuePolicy).toContain('aws:SourceArn');
    expect(queuePolicy).toContain('aws:SecureTransport');
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
    });
  });

  it('partitions by the province the rule reads from the enriched record, the JQ reading the field the rule writes', () => {
    const t = fedTemplate();
    const [rule] = Object.values(t.findResources('AWS::Events::Rule'));
    const transformer = rule!.Properties.Targets[0].InputTransformer as {
      InputPathsMap: Record<string, string>;
      InputTemplate: string;
    };
    // The record's top-level `province` is the enrichment's `detail.province`.
    expect(transformer.InputTemplate).toMatch(/"province":\s*<detail-province>/);
    const [stream] = Object.values(t.findResources('AWS::KinesisFirehose::DeliveryStream'));
    const parameters =
      stream!.Properties.ExtendedS3DestinationConfiguration.ProcessingConfiguration.Processors.flatMap(
        (p: { Parameters: { ParameterName: string; ParameterValue: string }[] }) => p.Parameters,
      );
    expect(parameters).toContainEqual({
      ParameterName: 'MetadataExtractionQuery',
      ParameterValue: ARCHIVE_PARTITION_QUERY,
    });
  });

  it.skipIf(!jq)('files a record under its province, and under `unassigned` when it has none', () => {
    const record = { tenantId: 'zibo', occurredAt: '2026-11-30T23:30:00+08:00', type: 'day.closed' };
    expect(jq!(ARCHIVE_PARTITION_QUERY, { ...record, province: 'shandong' })).toEqual({
      province: 'shandong',
      district: 'zibo',
      date: '2026-11-30',
    });
    for (const province of ['unassigned', '', null, undefined]) {
      expect(jq!(ARCHIVE_PARTITION_QUERY, { ...record, province }).province, String(province)).toBe(
        'unassigned',
      );
    }
  });

  it("gives the rule's role only putting records to the one stream", () => {
    const t = fedTemplate();
    const roles = t.findResources('AWS::IAM::Role', {
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'events.amazonaws.com' } })]),
        },
      },
    });
    const roleIds = Object.keys(roles);
    expect(roleIds).toHaveLength(1);
    const statements = Object.values(t.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"${roleIds[0]}"`))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string[]; Resource: unknown }[]);
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'],
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/EventArchiveStream/), 'Arn'] },
      },
    ]);
  });
});
