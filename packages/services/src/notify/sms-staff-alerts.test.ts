import {
  NotificationSettingsSchema,
  type SmsMessage,
  SmsUnavailableError,
  type TenantConfig,
} from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { InMemoryConfigStore } from '../testing/in-memory-config-store.js';
import { SmsStaffAlerts } from './sms-staff-alerts.js';

const zibo = seedConfigs.find((c) => c.tenant.id === 'zibo')!;
const window = zibo.windows[0]!;

function tenant(edit: (c: TenantConfig) => void): TenantConfig {
  const config = structuredClone(zibo);
  edit(config);
  return config;
}

const withProvider = (c: TenantConfig) => {
  c.notifications = NotificationSettingsSchema.parse({
    sms: { kind: 'webhook', secretName: 'openhall/sms/zibo', url: 'https://sms.example.gov.cn/send' },
  });
};

const managers = (c: TenantConfig) => {
  const first = c.staff.find((s) => s.id === 'zibo-section-manager')!;
  first.phone = '13900000001';
  c.staff.push({ ...first, id: 'zibo-second-manager', phone: '13900000002' });
  c.staff.push({ ...first, id: 'zibo-retired-manager', phone: '13900000003', retired: true });
  c.staff.push({ ...first, id: 'zibo-manager-no-phone', phone: undefined });
};

const withProviderAndManagers = (c: TenantConfig) => {
  withProvider(c);
  managers(c);
};

class Recording {
  readonly sent: SmsMessage[] = [];
  failFor = new Set<string>();
  async sendSms(message: SmsMessage) {
    if (this.failFor.has(message.phone)) throw new SmsUnavailableError();
    this.sent.push(message);
  }
}

const late = {
  templateKey: 'booking-late' as const,
  params: { code: 'K7QXM4RTD', windowId: window.id, start: '2026-03-03T09:00:00+08:00', lateMinutes: '30' },
  idempotencyKey: 'booking.K7QXM4RTD.late.202603030900',
};

describe('SmsStaffAlerts', () => {
  it('texts every serving section manager with a mobile, with the staff template, once per member', async () => {
    const notifier = new Recording();
    const alerts = new SmsStaffAlerts({
      configStore: new InMemoryConfigStore([tenant(withProviderAndManagers)]),
      notifier,
    });

    await alerts.tellSectionManagers('zibo', late);

    expect(notifier.sent).toEqual([
      {
        tenantId: 'zibo',
        templateKey: 'staff-booking-late',
        params: { bookingCode: 'K7QXM4RTD', window: window.code, time: '09:00', minutes: '30' },
        idempotencyKey: 'staff.booking.K7QXM4RTD.late.202603030900.zibo-section-manager',
        phone: '13900000001',
      },
      expect.objectContaining({
        idempotencyKey: 'staff.booking.K7QXM4RTD.late.202603030900.zibo-second-manager',
        phone: '13900000002',
      }),
    ]);
  });

  it('sends the morning digest with its date and count', async () => {
    const notifier = new Recording();
    const alerts = new SmsStaffAlerts({
      configStore: new InMemoryConfigStore([tenant(withProviderAndManagers)]),
      notifier,
    });
    await alerts.tellSectionManagers('zibo', {
      templateKey: 'overdue-list',
      params: { date: '2026-03-04', count: '3' },
      idempotencyKey: 'overdue.zibo.2026-03-04',
    });
    expect(notifier.sent.map((s) => [s.templateKey, s.params])).toEqual([
      ['overdue-digest', { date: '2026-03-04', count: '3' }],
      ['overdue-digest', { date: '2026-03-04', count: '3' }],
    ]);
  });

  it('sends nothing for a tenant without a provider (the alert lists tell them)', async () => {
    const notifier = new Recording();
    const alerts = new SmsStaffAlerts({
      configStore: new InMemoryConfigStore([tenant(managers)]),
      notifier,
    });
    await alerts.tellSectionManagers('zibo', late);
    expect(notifier.sent).toEqual([]);
  });

  it('tries every manager, then throws when one send failed (the retry resends only that one)', async () => {
    const notifier = new Recording();
    notifier.failFor.add('13900000001');
    const alerts = new SmsStaffAlerts({
      configStore: new InMemoryConfigStore([tenant(withProviderAndManagers)]),
      notifier,
    });
    await expect(alerts.tellSectionManagers('zibo', late)).rejects.toBeInstanceOf(SmsUnavailableError);
    expect(notifier.sent.map((s) => s.phone)).toEqual(['13900000002']);
  });
});
