import {
  BookingsStrandedError,
  type CreateBookingRequest,
  LeaveBalanceShortError,
  LeaveNeedsCoverError,
  type RotaAssignment,
  RotaStaleError,
} from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { inMemoryBooking } from '../testing/in-memory-booking.js';
import { withPhoneVerification } from '../testing/with-phone-verification.js';
import { generateRotaMonth } from './generate-rota-month.js';
import { getRotaDay } from './get-rota-day.js';
import { rotaMonth } from './rota-month.js';
import { saveRotaDay } from './save-rota-day.js';
import { takeLeave } from './take-leave.js';
import { timeOffLedger } from './time-off-ledger.js';

// Chengde, Saturday 5 December 2026 (a rest day: 09:00-11:30 and 14:00-17:00), asked on Tuesday.
const tenantId = 'chengde-gxq';
const hallId = 'chengde-gxq-center';
const date = '2026-12-05';
const now = new Date('2026-12-01T10:00:00+08:00');
const config = withPhoneVerification(structuredClone(seedConfig(tenantId)), 'off');
const s = (w: string, h: 'a' | 'b') =>
  w === 'consultation-desk' ? `${tenantId}-desk` : `${tenantId}-${w}-${h}`;

function day(staffId: string, windowId: string): RotaAssignment[] {
  return [
    { staffId, duty: 'window', windowId, from: '09:00', to: '11:30' },
    { staffId, duty: 'window', windowId, from: '14:00', to: '17:00' },
  ];
}

/** Every window Chengde's weekend rules ask for, one person each, and the service section. */
const compliant: RotaAssignment[] = [
  ...config.windows.flatMap((w) => day(s(w.id, 'a'), w.id)),
  { staffId: `${tenantId}-section-manager`, duty: 'service-section', from: '09:00', to: '17:00' },
];

function setUp() {
  const booking = inMemoryBooking({ configs: [config], now: () => now });
  const rotaStore = booking.rotaStore;
  const deps = { ...booking.deps, rotaStore };
  const save = (
    assignments: RotaAssignment[],
    expectedVersion?: number,
    extra: { confirmStranded?: boolean; actor?: string } = {},
  ) =>
    saveRotaDay(deps, {
      tenantId,
      hallId,
      date,
      body: { assignments },
      expectedVersion,
      actor: extra.actor ?? `${tenantId}-district-admin`,
      ...(extra.confirmStranded ? { confirmStranded: true } : {}),
    });
  return { ...booking, deps, rotaStore, save };
}

describe('saving a rota day (Chengde, a Saturday)', () => {
  it('lists the 2-windows-per-category violation with hour and department, and none once fixed', async () => {
    const { save } = setUp();
    const broken = compliant.filter((a) => a.windowId !== 'approval-2');
    const first = await save(broken);
    const v = first.violations.filter((x) => x.rule === 'minimum_not_met');
    expect(v.map((x) => [x.from, x.departmentId, x.windowId])).toEqual(
      ['09:00', '10:00', '11:00', '14:00', '15:00', '16:00'].map((h) => [h, 'approval-bureau', 'approval-2']),
    );
    const fixed = await save(compliant, 1);
    expect(fixed.violations).toEqual([]);
    expect(fixed.rota?.version).toBe(2);
  });

  it('shows the violations of an unplanned rest day in the month grid before it happens', async () => {
    const { deps } = setUp();
    const days = await rotaMonth(deps, { tenantId, hallId, month: '2026-12' });
    expect(days).toHaveLength(31);
    const saturday = days.find((d) => d.date === date)!;
    expect(saturday.dayKind).toBe('restday');
    expect(saturday.violations.some((x) => x.rule === 'minimum_not_met')).toBe(true);
  });

  it('refuses a stale edit and says who saved in between', async () => {
    const { save } = setUp();
    await save(compliant);
    await save(compliant.slice(1), 1, { actor: `${tenantId}-section-manager` });
    const stale = await save(compliant.slice(2), 1).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(RotaStaleError);
    expect((stale as RotaStaleError).currentVersion).toBe(2);
    expect((stale as RotaStaleError).changedSince).toMatchObject([
      { version: 2, actor: `${tenantId}-section-manager` },
    ]);
  });

  it('gives a window the places of the people rostered there, and refuses a change that strands a booking', async () => {
    const { save, service } = setUp();
    const matter = { matterId: 'enterprise-registration', hallId, date };
    const before = await service.availability(tenantId, matter, 'desk');
    expect(before.slots[0]?.capacity).toBe(2); // two approval windows of one person each (staffCount)
    await save([...compliant, ...day(s('approval-1', 'b'), 'approval-1')]);
    const after = await service.availability(tenantId, matter, 'desk');
    expect(after.slots[0]?.capacity).toBe(3); // A and B at approval-1, A at approval-2

    const request: CreateBookingRequest = {
      matterId: 'enterprise-registration',
      hallId,
      start: `${date}T09:00:00+08:00`,
      applicant: { name: '王小明', phone: '13812345678', agent: false },
    };
    const { booking } = await service.create(tenantId, request, {
      idempotencyKey: 'key-00000001',
      channel: 'desk',
      clientId: 'c',
    });
    // Nobody left at the window the booking holds.
    const without = compliant.filter((a) => a.windowId !== booking.windowId);
    const refused = await save(without, 1).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BookingsStrandedError);
    expect((refused as BookingsStrandedError).stranded.map((x) => x.code)).toEqual([booking.code]);
    const confirmed = await save(without, 1, { confirmStranded: true });
    expect(confirmed.stranded.map((x) => x.code)).toEqual([booking.code]);
    const emptied = await service.availability(tenantId, matter, 'desk');
    expect(emptied.slots.find((x) => x.start === request.start)?.capacity).toBe(1);
  });

  it('earns the Saturday hours as time off in lieu and replaces them when the day changes', async () => {
    const { save, deps } = setUp();
    await save(compliant);
    const a = await timeOffLedger(deps, { tenantId, staffId: s('approval-1', 'a') });
    expect(a.balanceMinutes).toBe(150 + 180);
    await save(
      compliant.filter((x) => x.staffId !== s('approval-1', 'a')),
      1,
    );
    expect((await timeOffLedger(deps, { tenantId, staffId: s('approval-1', 'a') })).balanceMinutes).toBe(0);
  });

  it('proposes the B holder when A records an absence', async () => {
    const { deps, rotaStore } = setUp();
    await saveRotaDay(deps, {
      tenantId,
      hallId,
      date,
      body: { assignments: compliant, absences: [{ staffId: s('tax', 'a'), from: '14:00', to: '17:00' }] },
      expectedVersion: undefined,
      actor: 'x',
    });
    const view = await getRotaDay({ ...deps, rotaStore }, { tenantId, hallId, date });
    expect(view.coverProposals).toEqual([
      {
        windowId: 'tax',
        absentStaffId: s('tax', 'a'),
        from: '14:00',
        to: '17:00',
        candidates: [s('tax', 'b')],
      },
    ]);
    expect(view.violations.filter((x) => x.windowId === 'tax').map((x) => x.rule)).toContain(
      'window_unstaffed',
    );
  });
});

describe('drafting a month from the pattern', () => {
  it('plans every open day without a rota, leaves planned days alone, and the weekend rules say what is missing', async () => {
    const { deps, save } = setUp();
    await save(compliant);
    const drafted = await generateRotaMonth(deps, { tenantId, hallId, month: '2026-12', actor: 'x' });
    expect(drafted).not.toContain(date);
    expect(drafted).toHaveLength(30);
    const saturday = await getRotaDay(deps, { tenantId, hallId, date: '2026-12-12' });
    expect(saturday.rota?.version).toBe(1);
    // Each window's A or B serves; the service section is there; nothing is left as a vacancy.
    expect(saturday.violations.filter((v) => v.rule === 'window_unstaffed')).toEqual([]);
    const kept = await getRotaDay(deps, { tenantId, hallId, date });
    expect(kept.rota?.updatedBy).toBe(`${tenantId}-district-admin`);
  });
});

describe('taking time off in lieu', () => {
  it('needs cover, rosters the B holder in its place and takes the minutes off the ledger', async () => {
    const { deps, save } = setUp();
    await save(compliant);
    const monday = '2026-12-07';
    const tax = s('tax', 'a');
    await saveRotaDay(deps, {
      tenantId,
      hallId,
      date: monday,
      body: { assignments: day(tax, 'tax') },
      expectedVersion: undefined,
      actor: 'x',
    });
    const ask = { hallId, date: monday, from: '14:00', to: '16:00' };
    await expect(takeLeave(deps, { tenantId, staffId: tax, body: ask, actor: 'x' })).rejects.toBeInstanceOf(
      LeaveNeedsCoverError,
    );
    const done = await takeLeave(deps, {
      tenantId,
      staffId: tax,
      body: { ...ask, coverStaffId: s('tax', 'b') },
      actor: 'x',
    });
    expect(done.balanceMinutes).toBe(330 - 120);
    expect(done.rota?.assignments.filter((a) => a.staffId === s('tax', 'b'))).toEqual([
      { staffId: s('tax', 'b'), duty: 'window', windowId: 'tax', from: '14:00', to: '16:00' },
    ]);
    // The leave's stretch stays staffed (the test's Monday rota has gaps of its own elsewhere).
    expect(
      done.violations.filter((v) => v.windowId === 'tax' && v.from >= '14:00' && v.to <= '16:00'),
    ).toEqual([]);
    const ledger = await timeOffLedger(deps, { tenantId, staffId: tax });
    expect(ledger.entries.map((e) => [e.reason, e.minutes])).toContainEqual(['leave-taken', -120]);
    await expect(
      takeLeave(deps, {
        tenantId,
        staffId: tax,
        body: { ...ask, from: '09:00', to: '14:00', coverStaffId: s('tax', 'b') },
        actor: 'x',
      }),
    ).rejects.toBeInstanceOf(LeaveBalanceShortError);
  });
});
