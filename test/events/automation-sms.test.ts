import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { NotificationSettingsSchema } from '@openhall/domain';
import { type FakeServer, startFakeTencentSms } from '@openhall/notify/testing';
import { outboxKey } from '@openhall/store';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutomationConfig } from '../../functions/automation-config.js';
import { createAutomation } from '../../functions/create-automation.js';
import { lazySmsGateway } from '../../functions/lazy-sms-gateway.js';
import { type EventsHarness, eventsHarness, newKey, request } from './support/events-harness.js';
import { phoneOf, tenantId } from './support/reminder-scenario.js';

// The automation functions as the Lambda builds them (`createAutomation` with the lazy provider
// gateway over Secrets Manager), on DynamoDB Local: the tenant's Tencent credentials come from a
// mocked Secrets Manager, the SMS go to the local fake of Tencent Cloud SMS (which checks TC3), the
// schedules to a mocked EventBridge Scheduler.
const SECRET = 'openhall/sms/zaozhuang-gxq';
const credentials = { secretId: 'AKIDautomation', secretKey: 'automation-secret-key' };
const APP_ID = '1400654321';
const TEMPLATES = { reminderDay: '770001', reminderHour: '770002', staffLate: '770003', digest: '770004' };
const MANAGER_PHONE = '13900000001';
const config: AutomationConfig = {
  tableName: 'set-in-beforeAll',
  remindersGroup: 'openhall-test-reminders',
  latenessGroup: 'openhall-test-lateness',
  taskFunctionArn: 'arn:aws:lambda:cn-north-1:123456789012:function:task',
  schedulerRoleArn: 'arn:aws:iam::123456789012:role/scheduler',
  taskDeadLetterArn: 'arn:aws:sqs:cn-north-1:123456789012:task-dlq',
};

const secrets = mockClient(SecretsManagerClient);
const scheduler = mockClient(SchedulerClient);
let h: EventsHarness;
let fake: FakeServer;
let automation: ReturnType<typeof createAutomation>;

beforeAll(async () => {
  fake = await startFakeTencentSms({
    keys: { [credentials.secretId]: credentials.secretKey },
    smsSdkAppId: APP_ID,
    templates: {
      [TEMPLATES.reminderDay]: 4,
      [TEMPLATES.reminderHour]: 4,
      [TEMPLATES.staffLate]: 4,
      [TEMPLATES.digest]: 2,
    },
  });
  // The generic answer first: a more specific matcher defined after it wins.
  secrets
    .on(GetSecretValueCommand)
    .rejects(Object.assign(new Error('no such secret'), { name: 'ResourceNotFoundException' }));
  secrets
    .on(GetSecretValueCommand, { SecretId: SECRET })
    .resolves({ SecretString: JSON.stringify(credentials) });
  scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:aws:scheduler:::schedule/x' });
  h = await eventsHarness('automation-sms', '2026-03-02T10:00:00+08:00');
  await h.editConfig(tenantId, (c) => {
    const manager = c.staff.find((s) => s.roles.includes('section-manager'))!;
    manager.phone = MANAGER_PHONE;
    c.notifications = NotificationSettingsSchema.parse({
      signName: '枣庄高新区政务',
      sms: {
        kind: 'tencent',
        secretName: SECRET,
        smsSdkAppId: APP_ID,
        templates: {
          'booking-reminder-day-before': {
            templateId: TEMPLATES.reminderDay,
            params: ['matter', 'hall', 'time', 'bookingCode'],
          },
          'booking-reminder-hour-before': {
            templateId: TEMPLATES.reminderHour,
            params: ['matter', 'hall', 'time', 'bookingCode'],
          },
          'staff-booking-late': {
            templateId: TEMPLATES.staffLate,
            params: ['bookingCode', 'window', 'time', 'minutes'],
          },
          'overdue-digest': { templateId: TEMPLATES.digest, params: ['date', 'count'] },
        },
      },
    });
  });
  automation = createAutomation({
    config: { ...config, tableName: h.table.tableName },
    client: h.client,
    smsGateway: lazySmsGateway({ endpoints: { tencent: fake.url } }),
    now: h.clock.now,
  });
});

afterAll(async () => {
  secrets.restore();
  scheduler.restore();
  await fake.close();
  await h.close();
});

const sent = () =>
  fake.received.map(
    (r) => JSON.parse(r.body) as { PhoneNumberSet: string[]; TemplateId: string; TemplateParamSet: string[] },
  );

describe('the automation functions through the tenant’s own SMS provider', () => {
  it('schedules a booking’s reminders, sends each once through Tencent with Secrets Manager credentials, and tells the section manager of a late arrival', async () => {
    // Prepare: a booking for Tuesday 09:00; its `booking.created` as the Pipe delivers it.
    const res = await request(
      h,
      `/v1/tenants/${tenantId}/bookings`,
      {
        matterId: 'company-registration',
        hallId: 'zaozhuang-gxq-hall',
        start: '2026-03-03T09:00:00+08:00',
        applicant: { name: '王小明', phone: phoneOf(7) },
      },
      { 'idempotency-key': newKey() },
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const booking = (await res.json()) as { code: string };
    const created = (await h.events.workers.outbox.pending(tenantId, 10)).find(
      (e) => e.type === 'booking.created',
    )!;
    const raw = await h.client.send(
      new GetItemCommand({
        TableName: h.table.tableName,
        Key: Object.fromEntries(
          Object.entries(outboxKey(tenantId, created.eventId)).map(([k, v]) => [k, { S: v }]),
        ),
      }),
    );

    // Act 1: the consumer makes the schedules (named from the booking, in the groups by purpose).
    await automation.consumer({ detail: { eventName: 'INSERT', dynamodb: { NewImage: raw.Item! } } });
    const schedules = scheduler.commandCalls(CreateScheduleCommand).map((c) => c.args[0].input);
    expect(schedules.map((s) => s.GroupName).sort()).toEqual([
      config.latenessGroup,
      config.remindersGroup,
      config.remindersGroup,
    ]);
    const input = (group: string, kind: string) =>
      schedules
        .filter((s) => s.GroupName === group)
        .map((s) => JSON.parse(s.Target!.Input!) as Record<string, string>)
        .filter((t) => t.kind === kind);
    // The phone is never in a schedule's payload.
    for (const s of schedules) expect(s.Target?.Input).not.toContain(phoneOf(7));

    // Act 2: Monday 18:00 the day-before reminder fires, twice.
    h.clock.set(new Date('2026-03-02T18:00:00+08:00'));
    const dayBefore = input(config.remindersGroup, 'booking-reminder').find(
      (t) => t.ruleId === 'day-before',
    )!;
    expect(await automation.scheduledTask(dayBefore)).toBe('sent');
    expect(await automation.scheduledTask(dayBefore)).toBe('already-sent');

    // Act 3: Tuesday 09:30 the lateness check fires, twice; nobody checked in.
    h.clock.set(new Date('2026-03-03T09:30:00+08:00'));
    const [lateness] = input(config.latenessGroup, 'booking-lateness');
    expect(await automation.scheduledTask(lateness)).toBe('flagged');
    expect(await automation.scheduledTask(lateness)).toBe('already-flagged');

    // Assess: one reminder to the applicant, one alert to the section manager, through the fake
    // provider that checked every signature; the credentials read once from Secrets Manager.
    expect(sent().map((s) => [s.TemplateId, s.PhoneNumberSet])).toEqual([
      [TEMPLATES.reminderDay, [`+86${phoneOf(7)}`]],
      [TEMPLATES.staffLate, [`+86${MANAGER_PHONE}`]],
    ]);
    expect(sent()[0]!.TemplateParamSet[3]).toBe(booking.code);
    expect(sent()[1]!.TemplateParamSet).toEqual([booking.code, expect.any(String), '09:00', '30']);
    expect(secrets.commandCalls(GetSecretValueCommand).map((c) => c.args[0].input.SecretId)).toEqual([
      SECRET,
    ]);
    // And the alert is on the section manager's list.
    const manager = (await h.configStore.getConfig(tenantId))!.config.staff.find((s) =>
      s.roles.includes('section-manager'),
    )!;
    expect((await h.alerts.open(tenantId, manager.id)).map((a) => a.subjectId)).toEqual([booking.code]);
  });
});
