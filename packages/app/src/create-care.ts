import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConfigStore, NationalScheduleStore, QueueStore } from '@openhall/domain';
import {
  CareUseCases,
  CombinedRatableServices,
  TicketRatableServices,
  VisitRatableServices,
} from '@openhall/services';
import { DynamoCareStore } from '@openhall/store';

/**
 * The accountability use cases (上门, 好差评, 投诉, 特事特办) over the table, wired once for the app
 * and for the jobs that default ratings at night and list what is overdue each morning. What an
 * applicant rates: the hall's service records (a completed ticket, walk-in or booking, by its code),
 * then the door-to-door and out-of-hours visits.
 */
export function createCare(options: {
  client: DynamoDBDocumentClient;
  tableName: string;
  configStore: ConfigStore;
  nationalScheduleStore: NationalScheduleStore;
  queueStore: QueueStore;
  now: () => Date;
}) {
  const careStore = new DynamoCareStore(options.client, options.tableName);
  const care = new CareUseCases({
    careStore,
    ratableServices: new CombinedRatableServices(
      new TicketRatableServices({ queueStore: options.queueStore, configStore: options.configStore }),
      new VisitRatableServices(careStore),
    ),
    configStore: options.configStore,
    nationalScheduleStore: options.nationalScheduleStore,
    now: options.now,
  });
  return { care, careStore };
}
