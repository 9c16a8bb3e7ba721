import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { EventField, type EventPattern, type IEventBus, Rule, RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { addToDeadLetterQueueResourcePolicy } from 'aws-cdk-lib/aws-events-targets';
import { CfnDatabase, CfnTable } from 'aws-cdk-lib/aws-glue';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnDeliveryStream } from 'aws-cdk-lib/aws-kinesisfirehose';
import { BlockPublicAccess, Bucket, BucketEncryption, StorageClass } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface EventArchiveProps {
  stage: string;
  /** Keep the bucket when the stack is deleted (production). */
  retain: boolean;
}

/** The archive's partition keys, in path order: `province=…/district=…/date=…/`. */
export const ARCHIVE_PREFIX =
  'events/province=!{partitionKeyFromQuery:province}/district=!{partitionKeyFromQuery:district}/date=!{partitionKeyFromQuery:date}/';

/**
 * The domain events archived to S3 for questions the report counters do not answer (any slicing,
 * across years and provinces): a Firehose delivery stream with dynamic partitioning by province,
 * district and Shanghai date, read from the event itself with JQ (no Lambda), and a Glue table with
 * partition projection so Athena needs no crawler and no `MSCK REPAIR`. `feedFrom` adds the rule
 * that puts each outbox event from the bus as one record (`ARCHIVE_RECORD`). The province is not in
 * the event (the envelope names the tenant only): the outbox Pipe's enrichment puts it beside the
 * stream record (`detail.province`, see infra/lib/automation.ts), read once per tenant per batch from
 * the district's province membership; a district with no province, or a record that reaches the
 * archive without it, lands under `unassigned`.
 */
/** Where the bus's event keeps the outbox item (the Pipe puts the DynamoDB stream record as `detail`). */
const IMAGE = '$.detail.dynamodb.NewImage';
const ENVELOPE = `${IMAGE}.event.M`;

/**
 * The archive's record of one outbox event, from the stream record on the bus: the envelope's
 * fields flat (as the Glue table names them), `data` as the stream gives it (DynamoDB-typed JSON).
 * `province` (the enrichment's, beside the stream record), `tenantId` and `occurredAt` at the top
 * are what the delivery stream partitions by.
 */
export const ARCHIVE_RECORD = RuleTargetInput.fromObject({
  province: EventField.fromPath('$.detail.province'),
  eventId: EventField.fromPath(`${ENVELOPE}.eventId.S`),
  type: EventField.fromPath(`${ENVELOPE}.type.S`),
  version: EventField.fromPath(`${ENVELOPE}.version.N`),
  tenantId: EventField.fromPath(`${IMAGE}.tenantId.S`),
  occurredAt: EventField.fromPath(`${ENVELOPE}.occurredAt.S`),
  actor: EventField.fromPath(`${ENVELOPE}.actor.S`),
  subject: {
    kind: EventField.fromPath(`${ENVELOPE}.subject.M.kind.S`),
    id: EventField.fromPath(`${ENVELOPE}.subject.M.id.S`),
  },
  data: EventField.fromPath(`${ENVELOPE}.data.M`),
});

/**
 * The delivery stream's JQ for the partition keys of a record: the province the enrichment put on
 * it (`unassigned` when it is absent, null or empty), the district
 * (tenant id) and the Shanghai date of `occurredAt`.
 */
export const ARCHIVE_PARTITION_QUERY =
  '{province: (if (.province | type) == "string" and .province != "" then .province else "unassigned" end), district: (.tenantId // .detail.tenantId), date: ((.occurredAt // .detail.occurredAt)[0:10])}';

export class EventArchive extends Construct {
  readonly bucket: Bucket;
  /** Events the bus could not put to the delivery stream after its retries; set by `feedFrom`. */
  feedDeadLetters?: Queue;
  readonly deliveryStream: CfnDeliveryStream;
  readonly table: CfnTable;

  constructor(scope: Construct, id: string, props: EventArchiveProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [
        {
          transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(90) }],
        },
      ],
      // No auto-delete: it would add a custom-resource function to the stack's one Lambda. A test
      // stage's archive is emptied by hand before the stack is deleted.
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    const role = new Role(this, 'DeliveryRole', {
      assumedBy: new ServicePrincipal('firehose.amazonaws.com'),
    });
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [
          's3:AbortMultipartUpload',
          's3:GetBucketLocation',
          's3:ListBucket',
          's3:ListBucketMultipartUploads',
          's3:PutObject',
        ],
        resources: [this.bucket.bucketArn, this.bucket.arnForObjects('*')],
      }),
    );

    this.deliveryStream = new CfnDeliveryStream(this, 'Stream', {
      deliveryStreamName: `openhall-${props.stage}-events`,
      deliveryStreamType: 'DirectPut',
      deliveryStreamEncryptionConfigurationInput: { keyType: 'AWS_OWNED_CMK' },
      extendedS3DestinationConfiguration: {
        bucketArn: this.bucket.bucketArn,
        roleArn: role.roleArn,
        prefix: ARCHIVE_PREFIX,
        errorOutputPrefix: 'errors/!{firehose:error-output-type}/!{timestamp:yyyy-MM-dd}/',
        // Dynamic partitioning needs at least 64 MiB buffers; a quiet district's file waits up to 15 min.
        bufferingHints: { sizeInMBs: 64, intervalInSeconds: 900 },
        compressionFormat: 'GZIP',
        dynamicPartitioningConfiguration: { enabled: true, retryOptions: { durationInSeconds: 300 } },
        processingConfiguration: {
          enabled: true,
          processors: [
            {
              type: 'MetadataExtraction',
              parameters: [
                {
                  parameterName: 'MetadataExtractionQuery',
                  parameterValue: ARCHIVE_PARTITION_QUERY,
                },
                { parameterName: 'JsonParsingEngine', parameterValue: 'JQ-1.6' },
              ],
            },
            {
              type: 'AppendDelimiterToRecord',
              parameters: [{ parameterName: 'Delimiter', parameterValue: '\\n' }],
            },
          ],
        },
      },
    });
    this.deliveryStream.node.addDependency(role);

    const account = Stack.of(this).account;
    const database = new CfnDatabase(this, 'Database', {
      catalogId: account,
      databaseInput: { name: `openhall_${props.stage.replace(/[^a-z0-9]/g, '_')}_events` },
    });
    this.table = new CfnTable(this, 'Table', {
      catalogId: account,
      databaseName: database.ref,
      tableInput: {
        name: 'domain_events',
        tableType: 'EXTERNAL_TABLE',
        partitionKeys: [
          { name: 'province', type: 'string' },
          { name: 'district', type: 'string' },
          { name: 'date', type: 'string' },
        ],
        parameters: {
          classification: 'json',
          'projection.enabled': 'true',
          'projection.province.type': 'enum',
          'projection.province.values': 'shandong,hebei,henan,unassigned',
          'projection.district.type': 'injected',
          'projection.date.type': 'date',
          'projection.date.format': 'yyyy-MM-dd',
          'projection.date.range': '2026-01-01,NOW',
          'storage.location.template': `s3://${this.bucket.bucketName}/events/province=\${province}/district=\${district}/date=\${date}/`,
        },
        storageDescriptor: {
          location: `s3://${this.bucket.bucketName}/events/`,
          inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          serdeInfo: { serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
          columns: [
            { name: 'eventid', type: 'string' },
            { name: 'type', type: 'string' },
            { name: 'version', type: 'int' },
            { name: 'tenantid', type: 'string' },
            { name: 'occurredat', type: 'string' },
            { name: 'actor', type: 'string' },
            { name: 'subject', type: 'struct<kind:string,id:string>' },
            { name: 'data', type: 'string' },
          ],
        },
      },
    });
  }

  /**
   * Feeds the archive from the events bus: a rule with `pattern` puts each matching event to the
   * delivery stream as `ARCHIVE_RECORD`, with a role that may only put records to this one stream,
   * retries for a day, then a dead-letter queue (alarmed) so nothing is dropped unseen.
   */
  feedFrom(bus: IEventBus, pattern: EventPattern, stage: string): Rule {
    const stack = Stack.of(this);
    const role = new Role(this, 'FeedRole', {
      assumedBy: new ServicePrincipal('events.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    });
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'],
        resources: [this.deliveryStream.attrArn],
      }),
    );
    const deadLetters = new Queue(this, 'FeedDeadLetters', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.feedDeadLetters = deadLetters;
    new Alarm(this, 'FeedDeadLettersAlarm', {
      alarmDescription: `OpenHall ${stage}: events the archive could not take after a day of retries`,
      metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const rule = new Rule(this, 'FeedRule', { eventBus: bus, eventPattern: pattern });
    const stream = this.deliveryStream;
    rule.addTarget({
      bind: () => ({
        arn: stream.attrArn,
        role,
        input: ARCHIVE_RECORD,
        deadLetterConfig: { arn: deadLetters.queueArn },
        retryPolicy: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 },
      }),
    });
    addToDeadLetterQueueResourcePolicy(rule, deadLetters);
    return rule;
  }
}
