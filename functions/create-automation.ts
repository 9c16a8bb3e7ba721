import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createEventWorkers } from '@openhall/app';
import { type AppLog, type AppMetrics, ScheduledTaskSchema, type Scheduler } from '@openhall/domain';
import type { SmsGateway } from '@openhall/services';
import { AwsScheduler, eventOfStreamRecord, type OutboxStreamDetail } from '@openhall/store';
import { z } from 'zod';
import type { AutomationConfig } from './automation-config.js';

export interface AutomationOptions {
  config: AutomationConfig;
  client: DynamoDBDocumentClient;
  /** Each tenant's SMS provider with its credentials (the lazy gateway over Secrets Manager). */
  smsGateway: SmsGateway;
  /** EventBridge Scheduler by default. */
  scheduler?: Scheduler;
  now?: () => Date;
  log?: AppLog;
  metrics?: AppMetrics;
}

const RecurringJobInputSchema = z.object({ job: z.enum(['nightly', 'morning']) });

/**
 * The three automation entry points over one composition (`createEventWorkers`): reminders go to the
 * citizens and alerts to the section managers through each tenant's own SMS provider (the same
 * notifier as the API's), once per idempotency key.
 */
export function createAutomation(options: AutomationOptions) {
  const { config } = options;
  const workers = createEventWorkers({
    client: options.client,
    tableName: config.tableName,
    scheduler:
      options.scheduler ??
      new AwsScheduler(new SchedulerClient({}), {
        groups: { reminders: config.remindersGroup, lateness: config.latenessGroup },
        targetArn: config.taskFunctionArn,
        roleArn: config.schedulerRoleArn,
        deadLetterArn: config.taskDeadLetterArn,
      }),
    smsGateway: options.smsGateway,
    ...(options.now ? { now: options.now } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  return {
    workers,
    /**
     * The bus rule's target: one outbox event as the Pipe put it on the bus (the stream record of its
     * INSERT). Consumers run once per event id; a failure throws, so Lambda retries and then dead-letters.
     */
    async consumer(input: { detail: OutboxStreamDetail }): Promise<void> {
      const event = eventOfStreamRecord(input.detail);
      if (event) await workers.deliver(event);
    },
    /** The target of every one-time schedule (a reminder, a lateness check). */
    scheduledTask(input: unknown): Promise<string> {
      return workers.runTask(ScheduledTaskSchema.parse(input));
    },
    /** The target of the recurring schedules (cron in Asia/Shanghai). */
    recurringJob(input: unknown): Promise<unknown> {
      const { job } = RecurringJobInputSchema.parse(input);
      return job === 'nightly' ? workers.nightly() : workers.morning();
    },
  };
}
