import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppLog, AppMetrics, Notifier } from '@openhall/domain';
import type { SmsGateway } from '@openhall/services';
import {
  DynamoBookingStore,
  DynamoCareStore,
  DynamoConfigStore,
  DynamoDeskStore,
  DynamoJobStore,
  DynamoLeaveApplicationStore,
  DynamoNationalScheduleStore,
  DynamoOnceStore,
  DynamoOutboxStore,
  DynamoPhoneVerificationStore,
  DynamoQueueStore,
  DynamoRateLimiter,
  DynamoReportStore,
  DynamoRotaStore,
  DynamoStaffAlertStore,
  DynamoStoreHealth,
} from '@openhall/store';
import { createSmsNotifier } from './create-sms-notifier.js';

/**
 * One instance of every store over the single table: the HTTP app (`createDynamoApp`) and the event
 * workers (`createEventWorkers`) both take theirs from here, so a store is made one way everywhere
 * and the config store's cache is one per process side.
 */
export function createDynamoStores(client: DynamoDBDocumentClient, tableName: string) {
  return {
    configStore: new DynamoConfigStore(client, tableName),
    nationalScheduleStore: new DynamoNationalScheduleStore(client, tableName),
    bookingStore: new DynamoBookingStore(client, tableName),
    rotaStore: new DynamoRotaStore(client, tableName),
    leaveApplications: new DynamoLeaveApplicationStore(client, tableName),
    reportStore: new DynamoReportStore(client, tableName),
    queueStore: new DynamoQueueStore(client, tableName),
    careStore: new DynamoCareStore(client, tableName),
    deskStore: new DynamoDeskStore(client, tableName),
    alertStore: new DynamoStaffAlertStore(client, tableName),
    rateLimiter: new DynamoRateLimiter(client, tableName),
    verificationStore: new DynamoPhoneVerificationStore(client, tableName),
    storeHealth: new DynamoStoreHealth(client, tableName),
    jobStore: new DynamoJobStore(client, tableName),
    onceStore: new DynamoOnceStore(client, tableName),
    outbox: new DynamoOutboxStore(client, tableName),
  };
}
export type DynamoStores = ReturnType<typeof createDynamoStores>;

/**
 * The notifier the options name, else each tenant's provider through `smsGateway` over the stores'
 * config store (without a gateway every send is `sms_unavailable`, so no code is ever faked).
 */
export function notifierOf(
  options: {
    client: DynamoDBDocumentClient;
    tableName: string;
    notifier?: Notifier;
    smsGateway?: SmsGateway;
    log?: AppLog;
    metrics?: AppMetrics;
  },
  stores: Pick<DynamoStores, 'configStore'>,
  now: () => Date,
): Notifier {
  return (
    options.notifier ??
    createSmsNotifier({
      client: options.client,
      tableName: options.tableName,
      configStore: stores.configStore,
      now,
      ...(options.smsGateway ? { smsGateway: options.smsGateway } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.log ? { log: options.log } : {}),
    })
  );
}
