import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { type EventsHarness, eventsHarness, newKey, request } from './support/events-harness.js';
import { phoneOf, tenantId } from './support/reminder-scenario.js';

let h: EventsHarness | undefined;
afterEach(() => h?.close());

describe('the nightly and morning jobs on the local clock', () => {
  it('closes each tenant’s day once a night, and lists yesterday’s late bookings to the section managers each morning', async () => {
    // Prepare: Monday 10:00; three bookings on Tuesday, nobody checks in.
    h = await eventsHarness('daily-jobs', '2026-03-02T10:00:00+08:00');
    const codes: string[] = [];
    for (const [i, time] of ['09:00', '10:00', '14:00'].entries()) {
      const res = await request(
        h,
        `/v1/tenants/${tenantId}/bookings`,
        {
          matterId: 'company-registration',
          hallId: 'zaozhuang-gxq-hall',
          start: `2026-03-03T${time}:00+08:00`,
          applicant: { name: '王小明', phone: phoneOf(i) },
        },
        { 'idempotency-key': newKey() },
      );
      expect(res.status, await res.clone().text()).toBe(201);
      codes.push(((await res.json()) as { code: string }).code);
    }

    // Act: two days and a half go by (two nights, two mornings).
    await h.events.loop.advance(Date.parse('2026-03-04T12:00:00+08:00') - h.clock.now().getTime());

    // Assess: each tenant's Monday and Tuesday closed, once each.
    for (const tenant of ['zibo', 'boai', 'chengde-gxq', 'zaozhuang-gxq']) {
      for (const date of ['2026-03-02', '2026-03-03']) {
        const out = await h.client.send(
          new QueryCommand({
            TableName: h.table.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': `TENANT#${tenant}#DAY#${date}` },
          }),
        );
        expect(
          out.Items?.map((i) => i.closedAt),
          `${tenant} ${date}`,
        ).toEqual([`${date}T23:30:00+08:00`]);
      }
    }
    // The three late bookings were flagged on Tuesday and alerted once each; on Wednesday morning the
    // overdue list (yesterday's late bookings) went to the section managers, once.
    const alerts = h.staffAlerts.entries();
    expect(
      alerts
        .filter((a) => a.templateKey === 'booking-late')
        .map((a) => a.params.code)
        .sort(),
    ).toEqual([...codes].sort());
    const overdue = alerts.filter((a) => a.templateKey === 'overdue-list');
    expect(overdue.map((a) => [a.tenantId, a.params.date, a.params.count, a.at.toISOString()])).toEqual([
      [tenantId, '2026-03-04', '3', '2026-03-04T00:30:00.000Z'],
    ]);
    expect(await h.events.workers.outbox.pending(tenantId, 10)).toEqual([]);
    expect(h.loopErrors).toEqual([]);
  });
});
