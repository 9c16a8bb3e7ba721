import { createEventWorkers } from '@openhall/app';
import type { DomainEvent, Scheduler, StaffAlerts, Ticket, Visit } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { OutboxNotifier } from '@openhall/services';
import { DynamoCareStore, DynamoQueueStore, DynamoRotaStore } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';

// Zibo grants leave equal to the hours served; contract staff's holiday work is paid instead.
const tenantId = 'zibo';
const config = seedConfig(tenantId);
const hallId = config.halls[0]!.id;
const windowId = config.windows.find((w) => w.hallId === hallId)!.id;
const civil = config.staff.find((s) => s.category === 'civil-servant' && s.windowIds.length > 0)!;
const contract = config.staff.find((s) => s.category === 'contract')!;

let h: BookingHarness;
let workers: ReturnType<typeof createEventWorkers>;
let rotaStore: DynamoRotaStore;

beforeAll(async () => {
  h = await bookingHarness('time-off-accruals', '2026-12-07T18:00:00+08:00');
  rotaStore = new DynamoRotaStore(h.client, h.table.tableName);
  workers = createEventWorkers({
    client: h.client,
    tableName: h.table.tableName,
    // Neither is reached by these events.
    scheduler: {} as Scheduler,
    staffAlerts: {} as StaffAlerts,
    notifier: new OutboxNotifier(h.now),
    now: h.now,
  });
});

afterAll(() => h.close());

function event(type: string, subject: { kind: string; id: string }, eventId: string): DomainEvent {
  return {
    eventId,
    type,
    version: 1,
    tenantId,
    occurredAt: '2026-12-07T17:40:00+08:00',
    actor: civil.id,
    subject,
    data: {},
  } as DomainEvent;
}

/** A walk-in served by two staff from 16:50 to 17:40 on Monday 7 December: 40 minutes past 17:00. */
function extendedTicket(): Ticket {
  return {
    code: 'K7QXM4RTD',
    tenantId,
    hallId,
    date: '2026-12-07',
    categoryId: 'general',
    number: 'A023',
    kind: 'walk-in',
    priority: false,
    status: 'finished',
    windowIds: [windowId],
    arrivedAt: '2026-12-07T16:40:00+08:00',
    calls: 1,
    windowId,
    handlers: [civil.id],
    record: {
      windowId,
      calledAt: '2026-12-07T16:48:00+08:00',
      acceptedAt: '2026-12-07T16:50:00+08:00',
      completedAt: '2026-12-07T17:40:00+08:00',
      handler1: civil.id,
      handler2: contract.id,
      flags: {
        lunch: false,
        extended: true,
        minutesPastClosing: 40,
        restday: false,
        holiday: false,
        appointment: false,
      },
    },
    history: [],
  } as Ticket;
}

/** A door-to-door visit on 2 October 2026 (National Day), 90 minutes, two staff. */
function holidayVisit(): Visit {
  return {
    id: 'visit-holiday-1',
    code: 'V7QXM4RTD',
    kind: 'door-to-door',
    status: 'completed',
    channel: 'phone',
    applicant: { name: '王小明', phone: '13812345678', agent: false },
    reason: 'elderly',
    reasonText: '行动不便',
    address: '张店区某小区',
    requestedAt: '2026-09-30T10:00:00+08:00',
    answerDueAt: '2026-09-30T17:00:00+08:00',
    acceptance: {
      at: '2026-09-30T11:00:00+08:00',
      by: civil.id,
      scheduledAt: '2026-10-02T09:30:00+08:00',
      place: '张店区某小区',
      notice: '携带身份证',
      staffIds: [civil.id, contract.id],
      outOfWorkingTime: true,
    },
    completion: {
      at: '2026-10-02T11:00:00+08:00',
      by: civil.id,
      outcome: '已办结',
      timeOffInLieu: [
        { staffId: civil.id, minutes: 90 },
        { staffId: contract.id, minutes: 90 },
      ],
    },
    trail: [],
  };
}

describe('time off in lieu from the service records and visits, on DynamoDB Local', () => {
  it('accrues 40 minutes of extended service and a holiday visit exactly once, though each event comes twice', async () => {
    // Prepare
    const queue = new DynamoQueueStore(h.client, h.table.tableName);
    expect(await queue.createTicket({ ticket: { ticket: extendedTicket(), version: 1 }, events: [] })).toBe(
      'created',
    );
    const care = new DynamoCareStore(h.client, h.table.tableName);
    await care.commit(
      tenantId,
      [{ kind: 'visit', id: holidayVisit().id, record: holidayVisit(), expectedVersion: undefined }],
      [],
    );
    const completed = event('service-record.completed', { kind: 'ticket', id: 'K7QXM4RTD' }, 'evt-service-1');
    const visited = event('visit.completed', { kind: 'visit', id: holidayVisit().id }, 'evt-visit-1');

    // Act: every event delivered twice, as an at-least-once relay may.
    for (const e of [completed, visited, completed, visited]) await workers.deliver(e);

    // Assess
    const civilLedger = await rotaStore.timeOffLedger(tenantId, civil.id);
    const contractLedger = await rotaStore.timeOffLedger(tenantId, contract.id);
    const lines = (ledger: typeof civilLedger) =>
      ledger.map((e) => [e.date, e.reason, e.minutes, e.compensation, e.source]).sort();
    expect(lines(civilLedger)).toEqual([
      ['2026-10-02', 'door-to-door', 90, 'leave', 'visit:visit-holiday-1'],
      ['2026-12-07', 'extended-service', 40, 'leave', 'service-record:K7QXM4RTD'],
    ]);
    expect(lines(contractLedger)).toEqual([
      // Statutory-holiday work of contract staff is paid, not swapped (劳动法 art. 44).
      ['2026-10-02', 'door-to-door', 90, 'allowance', 'visit:visit-holiday-1'],
      ['2026-12-07', 'extended-service', 40, 'leave', 'service-record:K7QXM4RTD'],
    ]);
  });

  it('writes the same lines again, not new ones, when the same facts arrive under another event id', async () => {
    await workers.deliver(
      event('service-record.completed', { kind: 'ticket', id: 'K7QXM4RTD' }, 'evt-service-2'),
    );
    const ledger = await rotaStore.timeOffLedger(tenantId, civil.id);
    expect(ledger.filter((e) => e.reason === 'extended-service').map((e) => e.minutes)).toEqual([40]);
    expect(ledger.reduce((n, e) => (e.compensation === 'leave' ? n + e.minutes : n), 0)).toBe(130);
  });
});
