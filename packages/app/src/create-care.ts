import type { CareStore, ConfigStore, NationalScheduleStore, QueueStore } from '@openhall/domain';
import {
  CareUseCases,
  CombinedRatableServices,
  TicketRatableServices,
  VisitRatableServices,
} from '@openhall/services';

/**
 * The accountability use cases (上门, 好差评, 投诉, 特事特办), wired once for the app and for the
 * jobs that default ratings at night and list what is overdue each morning. What an applicant
 * rates: the hall's service records (a completed ticket, walk-in or booking, by its code), then the
 * door-to-door and out-of-hours visits.
 */
export function createCare(stores: {
  careStore: CareStore;
  configStore: ConfigStore;
  nationalScheduleStore: NationalScheduleStore;
  queueStore: QueueStore;
  now: () => Date;
}): CareUseCases {
  return new CareUseCases({
    careStore: stores.careStore,
    ratableServices: new CombinedRatableServices(
      new TicketRatableServices({ queueStore: stores.queueStore, configStore: stores.configStore }),
      new VisitRatableServices(stores.careStore),
    ),
    configStore: stores.configStore,
    nationalScheduleStore: stores.nationalScheduleStore,
    now: stores.now,
  });
}
