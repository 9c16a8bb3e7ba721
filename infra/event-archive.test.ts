import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_PREFIX, EventArchive } from './lib/event-archive.js';

function template(retain: boolean): Template {
  const stack = new Stack(new App(), 'Archive');
  new EventArchive(stack, 'EventArchive', { stage: 'test', retain });
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
});
