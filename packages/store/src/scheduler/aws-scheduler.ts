import {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  type SchedulerClient,
} from '@aws-sdk/client-scheduler';
import type { OneTimeSchedule, ScheduleGroup, Scheduler } from '@openhall/domain';
import { send } from '../table/send.js';
import { createScheduleParams, deleteScheduleParams, type SchedulerTargets } from './schedule-params.js';

const named = (name: string) => (error: unknown) => error instanceof Error && error.name === name;

/**
 * `Scheduler` on EventBridge Scheduler. A name already taken is a retry of a create that landed
 * (`ConflictException`: done); a schedule not found on delete has fired or never was (fine).
 */
export class AwsScheduler implements Scheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly targets: SchedulerTargets,
  ) {}

  async create(schedule: OneTimeSchedule): Promise<'created' | 'exists'> {
    return send(
      'creating a schedule',
      async () => {
        await this.client.send(new CreateScheduleCommand(createScheduleParams(schedule, this.targets)));
        return 'created' as const;
      },
      (error) => (named('ConflictException')(error) ? ('exists' as const) : undefined),
    );
  }

  async delete(group: ScheduleGroup, name: string): Promise<'deleted' | 'absent'> {
    return send(
      'deleting a schedule',
      async () => {
        await this.client.send(new DeleteScheduleCommand(deleteScheduleParams(group, name, this.targets)));
        return 'deleted' as const;
      },
      (error) => (named('ResourceNotFoundException')(error) ? ('absent' as const) : undefined),
    );
  }
}
