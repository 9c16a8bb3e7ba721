import { getStringFromEnv } from '@openhall/store';

/** What the automation functions read from their environment; infra/lib/automation.ts sets each. */
export interface AutomationConfig {
  tableName: string;
  /** Schedule groups by purpose. */
  remindersGroup: string;
  latenessGroup: string;
  /** The function a one-time schedule invokes, the role that may invoke it, and its dead-letter queue. */
  taskFunctionArn: string;
  schedulerRoleArn: string;
  taskDeadLetterArn: string;
}

/** Reads the whole configuration once, at cold start; a missing variable fails with its name. */
export function loadAutomationConfig(
  env: Record<string, string | undefined> = process.env,
): AutomationConfig {
  const read = (name: string) => getStringFromEnv(name, { env });
  return {
    tableName: read('TABLE_NAME'),
    remindersGroup: read('SCHEDULE_GROUP_REMINDERS'),
    latenessGroup: read('SCHEDULE_GROUP_LATENESS'),
    taskFunctionArn: read('TASK_FUNCTION_ARN'),
    schedulerRoleArn: read('SCHEDULER_ROLE_ARN'),
    taskDeadLetterArn: read('TASK_DEAD_LETTER_ARN'),
  };
}
