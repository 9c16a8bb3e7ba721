import { describe, expect, it } from 'vitest';
import { loadAutomationConfig } from './automation-config.js';

const complete = {
  TABLE_NAME: 'openhall-dev-table',
  SCHEDULE_GROUP_REMINDERS: 'openhall-dev-reminders',
  SCHEDULE_GROUP_LATENESS: 'openhall-dev-lateness',
  TASK_FUNCTION_ARN: 'arn:aws:lambda:cn-north-1:123456789012:function:task',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/scheduler',
  TASK_DEAD_LETTER_ARN: 'arn:aws:sqs:cn-north-1:123456789012:task-dlq',
};

describe('loadAutomationConfig', () => {
  it('reads every variable the stack sets', () => {
    expect(loadAutomationConfig(complete)).toEqual({
      tableName: complete.TABLE_NAME,
      remindersGroup: complete.SCHEDULE_GROUP_REMINDERS,
      latenessGroup: complete.SCHEDULE_GROUP_LATENESS,
      taskFunctionArn: complete.TASK_FUNCTION_ARN,
      schedulerRoleArn: complete.SCHEDULER_ROLE_ARN,
      taskDeadLetterArn: complete.TASK_DEAD_LETTER_ARN,
    });
  });

  it.each(Object.keys(complete))('names %s when it is missing', (name) => {
    expect(() => loadAutomationConfig({ ...complete, [name]: undefined })).toThrow(name);
  });
});
