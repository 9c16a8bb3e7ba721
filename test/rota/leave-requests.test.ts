import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type DomainEvent,
  LeaveApplicationChangedError,
  LeaveApplicationClosedError,
  LeaveBalanceShortError,
  LeaveNeedsCoverError,
} from '@openhall/domain';
import {
  approveLeave,
  type LeaveDeps,
  myTimeOff,
  pendingLeave,
  refuseLeave,
  requestLeave,
  saveRotaDay,
  withdrawLeave,
} from '@openhall/services';
import { DynamoLeaveApplicationStore, DynamoRotaStore, outboxPendingGsiPk } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';
import { A, ADMIN, B, fullDay, hallId, MANAGER, NOW, tenantId } from './support/leave-scene.js';

let h: BookingHarness;
let deps: LeaveDeps;

async function roster(date: string) {
  await saveRotaDay(deps, {
    tenantId,
    hallId,
    date,
    body: { assignments: fullDay() },
    expectedVersion: undefined,
    actor: MANAGER,
  });
}

async function leaveEvents(): Promise<DomainEvent[]> {
  const out = await h.client.send(
    new QueryCommand({
      TableName: h.table.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': outboxPendingGsiPk(tenantId) },
    }),
  );
  return (out.Items ?? [])
    .map((i) => i.event as DomainEvent)
    .filter((e) => e.type.startsWith('leave-request.'));
}

const ask = (date: string, from: string, to: string, cover?: string) =>
  requestLeave(deps, {
    tenantId,
    staffId: A,
    body: { hallId, date, from, to, reason: '家中有事', ...(cover ? { coverStaffId: cover } : {}) },
  });

beforeAll(async () => {
  h = await bookingHarness('leave-requests', NOW);
  const rotaStore = new DynamoRotaStore(h.client, h.table.tableName);
  deps = {
    configStore: h.configStore,
    nationalScheduleStore: h.nationalScheduleStore,
    bookingStore: h.store,
    rotaStore,
    leaveApplications: new DynamoLeaveApplicationStore(h.client, h.table.tableName),
    now: () => h.now(),
    sleep: async () => {},
  };
  await rotaStore.addTimeOff(tenantId, [
    {
      staffId: A,
      date: '2026-11-28',
      minutes: 24 * 60,
      reason: 'restday',
      compensation: 'leave',
      source: 'rota:seed',
    },
  ]);
});

afterAll(() => h.close());

describe('leave requests on DynamoDB Local', () => {
  it('a request waits on the pending list; approval writes the request, the rota day, the ledger line and the event at once', async () => {
    await roster('2026-12-07');
    await expect(ask('2026-12-07', '09:00', '10:00')).rejects.toBeInstanceOf(LeaveNeedsCoverError);
    const a = await ask('2026-12-07', '09:00', '10:00', B);
    expect((await pendingLeave(deps, { tenantId })).map((x) => x.id)).toContain(a.id);
    const before = await myTimeOff(deps, { tenantId, staffId: A });

    const approved = await approveLeave(deps, { tenantId, staffId: A, id: a.id, actor: MANAGER });
    expect(approved.trail.map((s) => [s.state, s.by])).toEqual([
      ['requested', A],
      ['approved', MANAGER],
    ]);
    const after = await myTimeOff(deps, { tenantId, staffId: A });
    expect(after.balanceMinutes).toBe(before.balanceMinutes - 60);
    expect(after.entries).toContainEqual(
      expect.objectContaining({ source: `leave-request:${a.id}`, minutes: -60 }),
    );
    expect(after.requests.find((x) => x.id === a.id)?.state).toBe('approved');
    expect((await pendingLeave(deps, { tenantId })).map((x) => x.id)).not.toContain(a.id);
    const day = await deps.rotaStore.getRotaDay(tenantId, hallId, '2026-12-07');
    expect(day?.absences).toContainEqual(expect.objectContaining({ staffId: A, from: '09:00', to: '10:00' }));
    expect(day?.assignments).toContainEqual(
      expect.objectContaining({ staffId: B, windowId: 'approval-1', from: '09:00', to: '10:00' }),
    );
    const events = (await leaveEvents()).filter((e) => (e.data as { requestId: string }).requestId === a.id);
    expect(events.map((e) => e.type).sort()).toEqual(['leave-request.approved', 'leave-request.requested']);
  });

  it('two managers deciding one request at once give one result, and the ledger holds at most its one line', async () => {
    const dates = ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'];
    for (const [i, date] of dates.entries()) {
      await roster(date);
      const a = await ask(date, '14:00', '15:00', B);
      // Two approvals, or an approval against a refusal, sent together.
      const decide = (actor: string, refuse: boolean) =>
        refuse
          ? refuseLeave(deps, { tenantId, staffId: A, id: a.id, actor, reason: '人手不足' })
          : approveLeave(deps, { tenantId, staffId: A, id: a.id, actor });
      const results = await Promise.allSettled([decide(MANAGER, false), decide(ADMIN, i % 2 === 1)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won, date).toHaveLength(1);
      expect(lost, date).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(LeaveApplicationClosedError);

      const stored = (await myTimeOff(deps, { tenantId, staffId: A })).requests.find((x) => x.id === a.id)!;
      expect(stored.version).toBe(2);
      expect(stored.trail).toHaveLength(2);
      const lines = (await myTimeOff(deps, { tenantId, staffId: A })).entries.filter(
        (e) => e.source === `leave-request:${a.id}`,
      );
      expect(lines).toHaveLength(stored.state === 'approved' ? 1 : 0);
      const day = await deps.rotaStore.getRotaDay(tenantId, hallId, date);
      expect(day?.absences.filter((x) => x.staffId === A)).toHaveLength(stored.state === 'approved' ? 1 : 0);
      const decided = (await leaveEvents()).filter(
        (e) => (e.data as { requestId: string }).requestId === a.id && e.type !== 'leave-request.requested',
      );
      expect(decided.map((e) => e.type)).toEqual([`leave-request.${stored.state}`]);
    }
  });

  it('two approvals for one person on different days at once never spend the balance twice', async () => {
    const before = (await myTimeOff(deps, { tenantId, staffId: A })).balanceMinutes;
    for (const [first, second] of [
      ['2026-12-16', '2026-12-17'],
      ['2026-12-18', '2026-12-21'],
      ['2026-12-22', '2026-12-23'],
    ] as const) {
      await roster(first);
      await roster(second);
      // Asked while the balance covered both; then an hour of it went elsewhere.
      const start = await myTimeOff(deps, { tenantId, staffId: A });
      await deps.rotaStore.addTimeOff(tenantId, [
        {
          staffId: A,
          date: first,
          minutes: 120 - start.balanceMinutes,
          reason: 'restday',
          compensation: 'leave',
          source: `test:top-up-${first}`,
        },
      ]);
      const one = await ask(first, '09:00', '10:00', B);
      const two = await ask(second, '09:00', '10:00', B);
      await deps.rotaStore.addTimeOff(tenantId, [
        {
          staffId: A,
          date: first,
          minutes: -60,
          reason: 'leave-taken',
          compensation: 'leave',
          source: `test:spent-${first}`,
        },
      ]);
      expect((await myTimeOff(deps, { tenantId, staffId: A })).balanceMinutes).toBe(60);

      const results = await Promise.allSettled([
        approveLeave(deps, { tenantId, staffId: A, id: one.id, actor: MANAGER }),
        approveLeave(deps, { tenantId, staffId: A, id: two.id, actor: ADMIN }),
      ]);
      expect(
        results.filter((r) => r.status === 'fulfilled'),
        first,
      ).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(LeaveBalanceShortError);
      const after = await myTimeOff(deps, { tenantId, staffId: A });
      expect(after.balanceMinutes).toBe(0);
      const spent = after.entries.filter(
        (e) => e.source === `leave-request:${one.id}` || e.source === `leave-request:${two.id}`,
      );
      expect(spent).toHaveLength(1);
      // The refused approval left its request waiting and its day without the absence.
      const waiting = after.requests.filter((x) => x.state === 'requested').map((x) => x.id);
      expect(waiting.filter((id) => id === one.id || id === two.id)).toHaveLength(1);
      const absent = await Promise.all(
        [first, second].map(async (date) =>
          (await deps.rotaStore.getRotaDay(tenantId, hallId, date))?.absences.some((x) => x.staffId === A),
        ),
      );
      expect(absent.filter(Boolean)).toHaveLength(1);
      for (const id of waiting) await withdrawLeave(deps, { tenantId, staffId: A, id, actor: A });
    }
    // The next tests ask for leave on the balance A had.
    await deps.rotaStore.addTimeOff(tenantId, [
      {
        staffId: A,
        date: '2026-12-23',
        minutes: before,
        reason: 'restday',
        compensation: 'leave',
        source: 'test:restore',
      },
    ]);
  });

  it('a rota edit that takes back earned minutes moves the balance version, so a leave planned on them is planned again', async () => {
    // Saturday 19 December: Chengde's weekend service; A serving there earns rest-day minutes.
    const date = '2026-12-19';
    const ledgerOfDay = async () =>
      (await myTimeOff(deps, { tenantId, staffId: A })).entries.filter(
        (e) => e.date === date && e.minutes > 0 && e.compensation === 'leave',
      );
    const serve = [
      { staffId: A, duty: 'window' as const, windowId: 'approval-1', from: '09:00', to: '11:30' },
    ];
    const first = await saveRotaDay(deps, {
      tenantId,
      hallId,
      date,
      body: { assignments: serve },
      expectedVersion: undefined,
      actor: MANAGER,
    });
    expect((await ledgerOfDay()).length).toBeGreaterThan(0);
    const before = await deps.rotaStore.timeOffBalanceVersion(tenantId, A);

    await saveRotaDay(deps, {
      tenantId,
      hallId,
      date,
      body: { assignments: [] },
      expectedVersion: first.rota?.version,
      actor: MANAGER,
    });
    expect(await ledgerOfDay()).toEqual([]);
    expect(await deps.rotaStore.timeOffBalanceVersion(tenantId, A)).toBe(before + 1);
  });

  it('a withdrawn request cannot be approved afterwards, and leaves the pending list', async () => {
    const a = await ask('2026-12-14', '09:00', '09:30', B);
    await withdrawLeave(deps, { tenantId, staffId: A, id: a.id, actor: A });
    await expect(
      approveLeave(deps, { tenantId, staffId: A, id: a.id, actor: MANAGER }),
    ).rejects.toBeInstanceOf(LeaveApplicationClosedError);
    expect((await pendingLeave(deps, { tenantId })).map((x) => x.id)).not.toContain(a.id);
  });
});

describe('the approval transaction on DynamoDB Local', () => {
  it('writes nothing (no rota version, no ledger line) when the request moved since it was read', async () => {
    await roster('2026-12-15');
    const a = await ask('2026-12-15', '14:00', '14:30', B);
    // Withdrawn between the approver's read and write: the approver still holds version 1.
    await withdrawLeave(deps, { tenantId, staffId: A, id: a.id, actor: A });
    const day = (await deps.rotaStore.getRotaDay(tenantId, hallId, '2026-12-15'))!;
    const next = { ...a, state: 'approved' as const, version: 2, trail: [...a.trail] };
    const entry = {
      staffId: A,
      date: a.date,
      minutes: -30,
      reason: 'leave-taken' as const,
      compensation: 'leave' as const,
      source: `leave-request:${a.id}`,
    };
    await expect(
      deps.rotaStore.saveRotaDay({
        tenantId,
        rota: { ...day, version: day.version + 1 },
        expectedVersion: day.version,
        audit: { hallId, date: a.date, version: day.version + 1, at: NOW, actor: MANAGER, staffChanged: [] },
        accruals: [entry],
        accrualsRemoved: [],
        events: [],
        leaveApplication: { next, expectedVersion: 1 },
      }),
    ).rejects.toBeInstanceOf(LeaveApplicationChangedError);
    expect((await deps.rotaStore.getRotaDay(tenantId, hallId, '2026-12-15'))?.version).toBe(day.version);
    const lines = (await myTimeOff(deps, { tenantId, staffId: A })).entries.filter(
      (e) => e.source === `leave-request:${a.id}`,
    );
    expect(lines).toEqual([]);
    expect((await myTimeOff(deps, { tenantId, staffId: A })).requests.find((x) => x.id === a.id)?.state).toBe(
      'withdrawn',
    );
  });
});
