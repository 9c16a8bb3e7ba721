import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppLog, AppMetrics, ConfigStore, Notifier } from '@openhall/domain';
import { type SmsGateway, TenantSmsNotifier, UnavailableNotifier } from '@openhall/services';
import { DynamoConfigStore, DynamoSmsSendLedger } from '@openhall/store';

export interface SmsNotifierOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** The providers (the Lambda's lazy `ProviderSmsGateway`); without it every send is `sms_unavailable`. */
  smsGateway?: SmsGateway;
  /** The process's config store when it has one (its cache is shared); a new one otherwise. */
  configStore?: ConfigStore;
  now?: () => Date;
  metrics?: AppMetrics;
  log?: AppLog;
}

/**
 * The notifier of a deployment: each tenant's SMS through the provider its configuration names, once
 * per tenant and idempotency key (the send ledger on the table). The API builds it in
 * `createDynamoApp`; a function that sends without the HTTP app (reminders) builds it here.
 */
export function createSmsNotifier(options: SmsNotifierOptions): Notifier {
  if (!options.smsGateway) return new UnavailableNotifier();
  const now = options.now ?? (() => new Date());
  return new TenantSmsNotifier({
    configStore: options.configStore ?? new DynamoConfigStore(options.client, options.tableName),
    ledger: new DynamoSmsSendLedger(options.client, options.tableName, now),
    gateway: options.smsGateway,
    now,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
