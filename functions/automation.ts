import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { createEventWorkers } from '@openhall/app';
import { ScheduledTaskSchema, SmsUnavailableError, type StaffAlerts } from '@openhall/domain';
import { UnavailableNotifier } from '@openhall/services';
import {
  AwsScheduler,
  createDocumentClient,
  eventOfStreamRecord,
  type OutboxStreamDetail,
} from '@openhall/store';
import { z } from 'zod';
import { loadAutomationConfig } from './automation-config.js';

/** Until the SMS provider adapters land, section managers cannot be told either: refused, retried, dead-lettered. */
const unavailableStaffAlerts: StaffAlerts = {
  async tellSectionManagers() {
    throw new SmsUnavailableError();
  },
};

// Built once per cold start.
const config = loadAutomationConfig();
const workers = createEventWorkers({
  client: createDocumentClient(),
  tableName: config.tableName,
  scheduler: new AwsScheduler(new SchedulerClient({}), {
    groups: { reminders: config.remindersGroup, lateness: config.latenessGroup },
    targetArn: config.taskFunctionArn,
    roleArn: config.schedulerRoleArn,
    deadLetterArn: config.taskDeadLetterArn,
  }),
  // The provider adapters replace these: until then a reminder fails, is retried and dead-lettered.
  notifier: new UnavailableNotifier(),
  staffAlerts: unavailableStaffAlerts,
});

/**
 * The bus rule's target: one outbox event as the Pipe put it on the bus (the stream record of its
 * INSERT). Consumers run once per event id; a failure throws, so Lambda retries and then dead-letters.
 */
export async function consumer(input: { detail: OutboxStreamDetail }): Promise<void> {
  const event = eventOfStreamRecord(input.detail);
  if (event) await workers.deliver(event);
}

/** The target of every one-time schedule (a reminder, a lateness check). */
export async function scheduledTask(input: unknown): Promise<string> {
  return workers.runTask(ScheduledTaskSchema.parse(input));
}

const RecurringJobInputSchema = z.object({ job: z.enum(['nightly', 'morning']) });

/** The target of the recurring schedules (cron in Asia/Shanghai). */
export async function recurringJob(input: unknown): Promise<unknown> {
  const { job } = RecurringJobInputSchema.parse(input);
  return job === 'nightly' ? workers.nightly() : workers.morning();
}
