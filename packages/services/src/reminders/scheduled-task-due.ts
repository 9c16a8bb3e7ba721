import type { ScheduledTask } from '@openhall/domain';
import { bookingLatenessDue } from './booking-lateness-due.js';
import { bookingReminderDue } from './booking-reminder-due.js';
import type { ReminderDeps } from './reminder-deps.js';

/** The target of every one-time schedule (the Lambda's handler and the local scheduler's). */
export async function scheduledTaskDue(deps: ReminderDeps, task: ScheduledTask): Promise<string> {
  switch (task.kind) {
    case 'booking-reminder':
      return bookingReminderDue(deps, task);
    case 'booking-lateness':
      return bookingLatenessDue(deps, task);
  }
}
