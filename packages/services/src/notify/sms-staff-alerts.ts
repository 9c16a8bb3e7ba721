import {
  type AppLog,
  type ConfigStore,
  type Notifier,
  parseShanghaiIso,
  type SmsMessage,
  type StaffAlert,
  type StaffAlerts,
  sectionManagersOf,
  type TenantConfig,
} from '@openhall/domain';

export interface SmsStaffAlertsDeps {
  configStore: Pick<ConfigStore, 'getConfig'>;
  notifier: Notifier;
  log?: AppLog;
}

/** A staff alert as the SMS template it is sent with, and that template's named parameters. */
export function staffAlertSms(
  alert: StaffAlert,
  config: Pick<TenantConfig, 'windows'>,
): Pick<SmsMessage, 'templateKey' | 'params'> {
  const p = alert.params;
  if (alert.templateKey === 'overdue-list')
    return { templateKey: 'overdue-digest', params: { date: String(p.date), count: String(p.count) } };
  const window = config.windows.find((w) => w.id === p.windowId);
  return {
    templateKey: 'staff-booking-late',
    params: {
      bookingCode: String(p.code),
      window: window?.code ?? String(p.windowId),
      time: parseShanghaiIso(String(p.start)).time,
      minutes: String(p.lateMinutes),
    },
  };
}

/**
 * Tells a tenant's section managers (科室负责人) by SMS through the `Notifier` (the tenant's provider,
 * once per member and alert: the idempotency key names both), each at the mobile the staff directory
 * holds for them. A tenant without an SMS provider, or managers without a mobile, are told on their
 * alert list only. A failed send is thrown after the others were tried, so a retry sends only it.
 */
export class SmsStaffAlerts implements StaffAlerts {
  constructor(private readonly deps: SmsStaffAlertsDeps) {}

  async tellSectionManagers(tenantId: string, alert: StaffAlert): Promise<void> {
    const config = (await this.deps.configStore.getConfig(tenantId))?.config;
    if (!config?.notifications?.sms) return;
    const managers = sectionManagersOf(config.staff).filter((m) => m.phone);
    if (managers.length === 0) {
      this.deps.log?.warn('no section manager has a mobile for alerts', {
        tenantId,
        templateKey: alert.templateKey,
      });
      return;
    }
    const sms = staffAlertSms(alert, config);
    const outcomes = await Promise.allSettled(
      managers.map((m) =>
        this.deps.notifier.sendSms({
          tenantId,
          ...sms,
          idempotencyKey: `staff.${alert.idempotencyKey}.${m.id}`,
          phone: m.phone as string,
        }),
      ),
    );
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
