import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  ThrottlingException,
} from '@aws-sdk/client-scheduler';
import type { OneTimeSchedule } from '@openhall/domain';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreFailureError } from '../table/errors.js';
import { AwsScheduler } from './aws-scheduler.js';
import { atExpression } from './schedule-params.js';

const scheduler = mockClient(SchedulerClient);
const targets = {
  groups: { reminders: 'openhall-dev-reminders', lateness: 'openhall-dev-lateness' },
  targetArn: 'arn:aws:lambda:ap-east-1:123456789012:function:scheduled-task',
  roleArn: 'arn:aws:iam::123456789012:role/scheduler',
  deadLetterArn: 'arn:aws:sqs:ap-east-1:123456789012:scheduled-task-dlq',
};
const schedule: OneTimeSchedule = {
  name: 'K7QXM4RTD-day-before-202612011000-1a2b3c4d',
  group: 'reminders',
  at: new Date('2026-11-30T10:00:00Z'),
  task: {
    kind: 'booking-reminder',
    tenantId: 'zibo',
    code: 'K7QXM4RTD',
    ruleId: 'day-before',
    start: '2026-12-01T10:00:00+08:00',
  },
};
const adapter = () => new AwsScheduler(new SchedulerClient({ region: 'ap-east-1' }), targets);

afterEach(() => scheduler.reset());

describe('AwsScheduler', () => {
  it('creates a one-time schedule at the Shanghai wall-clock time, exact, deleted after it ran', async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn' });
    await expect(adapter().create(schedule)).resolves.toBe('created');
    const input = scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      Name: schedule.name,
      GroupName: 'openhall-dev-reminders',
      ScheduleExpression: 'at(2026-11-30T18:00:00)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: {
        Arn: targets.targetArn,
        RoleArn: targets.roleArn,
        DeadLetterConfig: { Arn: targets.deadLetterArn },
      },
    });
    expect(JSON.parse(input?.Target?.Input ?? '{}')).toEqual(schedule.task);
  });

  it('takes a ConflictException (the name exists: a retry after success) as done', async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ Message: 'exists', message: 'exists', $metadata: {} }));
    await expect(adapter().create(schedule)).resolves.toBe('exists');
  });

  it('deletes by group and name, and takes ResourceNotFound as already gone', async () => {
    scheduler
      .on(DeleteScheduleCommand)
      .resolvesOnce({})
      .rejects(new ResourceNotFoundException({ Message: 'gone', message: 'gone', $metadata: {} }));
    await expect(adapter().delete('lateness', 'x-late-1')).resolves.toBe('deleted');
    await expect(adapter().delete('lateness', 'x-late-1')).resolves.toBe('absent');
    expect(scheduler.commandCalls(DeleteScheduleCommand)[0]?.args[0].input).toEqual({
      Name: 'x-late-1',
      GroupName: 'openhall-dev-lateness',
    });
  });

  it('passes any other failure on as a store failure with its cause', async () => {
    const throttled = new ThrottlingException({ Message: 'slow down', message: 'slow down', $metadata: {} });
    scheduler.on(CreateScheduleCommand).rejects(throttled);
    const error = await adapter()
      .create(schedule)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFailureError);
    expect((error as Error).cause).toBe(throttled);
  });

  it('writes at() in Shanghai time whatever the instant’s day in UTC', () => {
    expect(atExpression(new Date('2026-12-31T16:30:00Z'))).toBe('at(2027-01-01T00:30:00)');
  });
});
