import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CareActor } from '@openhall/services';
import { staffAlertsPk } from '@openhall/store';
import { afterEach, describe, expect, it } from 'vitest';
import { type EventsHarness, eventsHarness, newKey, request } from './support/events-harness.js';
import { phoneOf, tenantId } from './support/reminder-scenario.js';

let h: EventsHarness | undefined;
afterEach(() => h?.close());

/** Every alert item in a member's partition (open and read): what was written, not what a list shows. */
async function written(harness: EventsHarness, staffId: string) {
  const out = await harness.client.send(
    new QueryCommand({
      TableName: harness.table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': staffAlertsPk(tenantId, staffId) },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []) as { alertId: string; readAt?: string; readBy?: string }[];
}

describe('staff alert lists (我的提醒) from the lateness check and the morning job', () => {
  it('puts a late booking and each care item near or past its deadline on its owners’ lists exactly once, even when the work runs twice', async () => {
    // Prepare: Monday 10:00. A booking on Tuesday 09:00 nobody checks in; two special cases, one due
    // Tuesday noon, one Wednesday evening, owned by a window member.
    h = await eventsHarness('staff-alerts', '2026-03-02T10:00:00+08:00');
    const res = await request(
      h,
      `/v1/tenants/${tenantId}/bookings`,
      {
        matterId: 'company-registration',
        hallId: 'zaozhuang-gxq-hall',
        start: '2026-03-03T09:00:00+08:00',
        applicant: { name: '王小明', phone: phoneOf(1) },
      },
      { 'idempotency-key': newKey() },
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const booking = (await res.json()) as { code: string; windowId: string; start: string };
    const staff = (await h.configStore.getConfig(tenantId))!.config.staff;
    const manager = staff.find((s) => s.roles.includes('section-manager'))!;
    const owner = staff.find((s) => s.roles.includes('window') && !s.windowIds.includes(booking.windowId))!;
    const actor: CareActor = {
      kind: 'staff',
      staffId: manager.id,
      roles: manager.roles,
      departmentId: manager.departmentId,
    };
    const open = (title: string, dueAt: string) =>
      h!.care.cases.open(
        tenantId,
        { kind: 'special-handling', title, departmentId: owner.departmentId, ownerStaffId: owner.id, dueAt },
        actor,
      );
    const soon = await open('重点项目加急', '2026-03-03T12:00:00+08:00');
    const later = await open('企业开办加急', '2026-03-04T20:00:00+08:00');

    // Act: to Wednesday 09:00 (Tuesday's lateness check at 09:30, two mornings), then the lateness
    // check and the morning job run once more each.
    await h.events.loop.advance(Date.parse('2026-03-04T09:00:00+08:00') - h.clock.now().getTime());
    await h.events.workers.runTask({
      kind: 'booking-lateness',
      tenantId,
      code: booking.code,
      start: booking.start,
    });
    await h.events.workers.morning();

    // Assess: per member, exactly the alerts that are theirs, each once.
    const lateId = `late-booking.${booking.code}.late.${booking.start.slice(0, 16).replace(/[-:T]/g, '')}`;
    const lateOwners = new Set(
      staff
        .filter(
          (s) =>
            !s.retired && (s.windowIds.includes(booking.windowId) || s.roles.includes('section-manager')),
        )
        .map((s) => s.id),
    );
    expect(lateOwners.size).toBeGreaterThan(1);
    for (const member of staff) {
      const ids = (await written(h, member.id)).map((i) => i.alertId).sort();
      const expected = [
        ...(lateOwners.has(member.id) ? [lateId] : []),
        ...(member.id === owner.id
          ? [`case.${soon.id}.near`, `case.${soon.id}.past`, `case.${later.id}.near`]
          : []),
      ].sort();
      expect(ids, member.id).toEqual(expected);
    }

    // The owner reads the overdue one (who and when kept); the next morning does not raise it again.
    const read = await h.alerts.markRead(tenantId, owner.id, `case.${soon.id}.past`);
    expect(read).toMatchObject({ readBy: owner.id, readAt: '2026-03-04T09:00:00+08:00' });
    await h.events.workers.morning();
    expect((await h.alerts.open(tenantId, owner.id)).map((a) => a.alertId).sort()).toEqual(
      [`case.${soon.id}.near`, `case.${later.id}.near`].sort(),
    );
    expect(await written(h, owner.id)).toHaveLength(3);
    expect(h.loopErrors).toEqual([]);
  });
});
