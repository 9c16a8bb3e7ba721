import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** One cdk-nag (AwsSolutions) finding this stack keeps on purpose, and why. */
interface Acknowledged {
  rule: string;
  reason: string;
}

const ack = (scope: IConstruct, ...rules: Acknowledged[]) =>
  Validations.of(scope).acknowledge(
    ...rules.map((r) => ({ id: `AwsSolutions::AwsSolutions-${r.rule}`, reason: r.reason })),
  );

/**
 * The AwsSolutions findings left after the fixes (access logs, SSL-only encrypted queues, dead-letter
 * queues, no wildcard actions), each with its reason. `infra/automation.test.ts` runs the pack and
 * fails on any finding not listed here.
 */
export function acknowledgeNagFindings(
  stage: string,
  parts: {
    userPool: IConstruct;
    phoneHashSecret: IConstruct;
    functions: readonly IConstruct[];
    httpApi: IConstruct;
    /** The API's one catch-all route, a construct of its own (the user pool's client names the API's URL). */
    defaultRoute: IConstruct;
    archive: IConstruct;
    pipeDeadLetters: IConstruct;
    consumer: IConstruct;
    /** The functions that send SMS: they read the tenants' provider secrets under openhall/sms/. */
    smsSenders: readonly IConstruct[];
  },
): void {
  ack(
    parts.userPool,
    {
      rule: 'COG1',
      reason: 'Length over composition (NIST SP 800-63B): 12 characters minimum, no forced symbols.',
    },
    {
      rule: 'COG2',
      reason:
        'Staff sign in on counter PCs inside the hall network; MFA comes with the district identity providers.',
    },
    {
      rule: 'COG8',
      reason:
        'Essentials tier: the plus tier’s threat protection is not offered in every region we deploy to.',
    },
  );
  ack(parts.phoneHashSecret, {
    rule: 'SMG4',
    reason:
      'The HMAC key names every person ledger: rotating it would orphan them. Rotation is a planned migration, not a schedule.',
  });
  for (const fn of parts.functions) {
    ack(
      fn,
      {
        rule: 'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The basic execution role only lets the function write its own logs.',
      },
      {
        rule: 'L1',
        reason:
          'Node.js 22 is the project’s baseline runtime; moving to a newer one is a decision of its own.',
      },
    );
  }
  ack(parts.httpApi, {
    rule: 'APIG4',
    reason:
      'Authorization is in the app: citizen routes are public, staff and admin routes verify the Cognito JWT and deny by default.',
  });
  ack(parts.defaultRoute, {
    rule: 'APIG4',
    reason:
      'Authorization is in the app: citizen routes are public, staff and admin routes verify the Cognito JWT and deny by default.',
  });
  for (const fn of parts.smsSenders) {
    ack(fn, {
      rule: 'IAM5[Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:openhall/sms/*]',
      reason:
        'Each district’s SMS credentials are a secret an operator creates under openhall/sms/ when the district chooses a provider; the API (codes), the task (reminders, lateness alerts) and the job (the morning digest) read only those, never write.',
    });
  }
  ack(
    parts.archive,
    {
      rule: 'S1',
      reason:
        'The archive holds ids-only domain events written by Firehose alone; its reads go through Athena, whose queries CloudTrail records.',
    },
    {
      rule: 'IAM5[Resource::<EventArchiveBucket396CA8FA.Arn>/*]',
      reason:
        'Firehose writes objects under date and district prefixes it chooses at delivery, inside this one bucket.',
    },
    {
      rule: 'SQS3',
      reason:
        'This queue is the dead-letter queue of the rule that feeds the archive (cdk-nag does not see a rule target’s DLQ).',
    },
  );
  ack(parts.pipeDeadLetters, {
    rule: 'SQS3',
    reason: 'This queue is the outbox Pipe’s dead-letter queue (cdk-nag does not see a Pipe’s DLQ).',
  });
  for (const group of ['reminders', 'lateness']) {
    ack(parts.consumer, {
      rule: `IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/openhall-${stage}-${group}/*]`,
      reason: 'Schedules are named per booking at run time; the grant is narrowed to the one group.',
    });
  }
}
