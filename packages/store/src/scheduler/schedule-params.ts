import type { CreateScheduleCommandInput, DeleteScheduleCommandInput } from '@aws-sdk/client-scheduler';
import type { OneTimeSchedule, ScheduleGroup } from '@openhall/domain';

/** Where the schedules of each purpose go and what they invoke. */
export interface SchedulerTargets {
  /** The group of each purpose (a few groups, shared by every tenant). */
  groups: Record<ScheduleGroup, string>;
  /** The function a schedule invokes with its task as input. */
  targetArn: string;
  /** The role EventBridge Scheduler assumes to invoke it (allowed to invoke only its targets). */
  roleArn: string;
  /** Where a task goes after its retries run out. */
  deadLetterArn: string;
}

/** `at(...)` wants the wall-clock time in the schedule's time zone, without offset. */
export function atExpression(at: Date): string {
  const shanghai = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return `at(${shanghai})`;
}

/**
 * A one-time schedule as EventBridge Scheduler takes it: at a Shanghai time, exactly then (flexible
 * window off), deleted after it ran, retried for an hour, then dead-lettered. The input holds the
 * task (ids and times, no phone).
 */
export function createScheduleParams(
  schedule: OneTimeSchedule,
  targets: SchedulerTargets,
): CreateScheduleCommandInput {
  return {
    Name: schedule.name,
    GroupName: targets.groups[schedule.group],
    ScheduleExpression: atExpression(schedule.at),
    ScheduleExpressionTimezone: 'Asia/Shanghai',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    State: 'ENABLED',
    Target: {
      Arn: targets.targetArn,
      RoleArn: targets.roleArn,
      Input: JSON.stringify(schedule.task),
      RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 10 },
      DeadLetterConfig: { Arn: targets.deadLetterArn },
    },
  };
}

export function deleteScheduleParams(
  group: ScheduleGroup,
  name: string,
  targets: Pick<SchedulerTargets, 'groups'>,
): DeleteScheduleCommandInput {
  return { Name: name, GroupName: targets.groups[group] };
}
