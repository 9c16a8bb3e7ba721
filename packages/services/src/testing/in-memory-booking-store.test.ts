import {
  type Booking,
  type BookingNoticeSnapshot,
  type CreateBookingWrite,
  IDEMPOTENCY_TTL_SECONDS,
  type StoredBooking,
  toShanghaiIso,
} from '@openhall/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryBookingStore } from './in-memory-booking-store.js';

const tenantId = 'zibo';
const hallId = 'zibo-center';
const now = new Date('2026-11-23T08:00:00+08:00');
const text = (zh: string) => ({ zh, en: zh });
const notice: BookingNoticeSnapshot = {
  tenant: { id: tenantId, name: text('淄博市'), servicePhone: '0533-2512345' },
  matter: { id: 'm1', name: text('事项'), materials: [] },
  hall: { id: hallId, name: text('中心'), address: text('地址') },
  windows: [{ id: 'w1', code: 'W1', name: text('窗口') }],
};

function booking(code: string, start: string, minutes = 15, windowId = 'w1'): Booking {
  return {
    code,
    tenantId,
    matterId: 'm1',
    hallId,
    windowIds: [windowId],
    windowId,
    start,
    end: toShanghaiIso(new Date(Date.parse(start) + minutes * 60_000)),
    status: 'booked',
    channel: 'online',
    createdAt: '2026-11-23T08:00:00+08:00',
    updatedAt: '2026-11-23T08:00:00+08:00',
    history: [{ at: '2026-11-23T08:00:00+08:00', action: 'created', actor: 'citizen', channel: 'online' }],
    applicant: { name: '王小明', phone: '13812345678', agent: false },
  };
}

function createWrite(b: Booking, overrides: Partial<CreateBookingWrite> = {}): CreateBookingWrite {
  return {
    booking: b,
    personId: `person-${b.code}`,
    notice,
    placeLimit: 1,
    idempotency: { key: `key-${b.code}`, requestHash: 'hash' },
    ledger: { personId: `person-${b.code}`, expectedVersion: 0, entries: [] },
    now,
    ...overrides,
  };
}

let store: InMemoryBookingStore;
beforeEach(() => {
  store = new InMemoryBookingStore();
});

async function stored(code: string): Promise<StoredBooking> {
  const found = await store.getBooking(tenantId, code);
  if (!found) throw new Error(`no booking ${code}`);
  return found;
}

describe('InMemoryBookingStore.createBooking', () => {
  it('takes one place in every 5-minute bucket of the slot at its window', async () => {
    expect(await store.createBooking(createWrite(booking('A', '2026-11-28T09:00:00+08:00')))).toBe('created');
    const taken = await store.placesTaken(tenantId, { hallId, date: '2026-11-28' });
    expect(taken).toEqual(
      new Map([
        [
          'w1',
          new Map([
            ['09:00', 1],
            ['09:05', 1],
            ['09:10', 1],
          ]),
        ],
      ]),
    );
    expect(await stored('A')).toMatchObject({ version: 1, personId: 'person-A', notice });
  });

  it('answers slot_full when one bucket is at the limit, and for a limit below one', async () => {
    await store.createBooking(createWrite(booking('A', '2026-11-28T09:10:00+08:00', 5)));
    const overlapping = booking('B', '2026-11-28T09:00:00+08:00');
    expect(await store.createBooking(createWrite(overlapping))).toBe('slot_full');
    expect(await store.createBooking(createWrite(overlapping, { placeLimit: 2 }))).toBe('created');
    expect(
      await store.createBooking(createWrite(booking('C', '2026-11-28T11:00:00+08:00'), { placeLimit: 0 })),
    ).toBe('slot_full');
  });

  it('keeps counting a window on its own: another window has its own places', async () => {
    await store.createBooking(createWrite(booking('A', '2026-11-28T09:00:00+08:00')));
    expect(await store.createBooking(createWrite(booking('B', '2026-11-28T09:00:00+08:00', 15, 'w2')))).toBe(
      'created',
    );
  });

  it('binds an Idempotency-Key until its record expires; a replay wins over a full slot', async () => {
    await store.createBooking(createWrite(booking('A', '2026-11-28T09:00:00+08:00')));
    const again = createWrite(booking('B', '2026-11-28T09:00:00+08:00'), {
      idempotency: { key: 'key-A', requestHash: 'hash' },
    });
    expect(await store.createBooking(again)).toBe('idempotency_key_taken');
    expect(await store.getIdempotency(tenantId, 'key-A')).toEqual({
      key: 'key-A',
      requestHash: 'hash',
      code: 'A',
      expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
    });
    const later = new Date(now.getTime() + (IDEMPOTENCY_TTL_SECONDS + 1) * 1000);
    const elsewhere = booking('B', '2026-11-28T10:00:00+08:00');
    expect(await store.createBooking({ ...again, booking: elsewhere, now: later })).toBe('created');
  });

  it('writes a ledger only over the version read', async () => {
    const first = createWrite(booking('A', '2026-11-28T09:00:00+08:00'), {
      ledger: { personId: 'p', expectedVersion: 0, entries: [] },
    });
    await store.createBooking(first);
    expect(await store.getLedger(tenantId, 'p')).toEqual({ version: 1, entries: [] });
    const stale = createWrite(booking('B', '2026-11-28T10:00:00+08:00'), { ledger: first.ledger });
    expect(await store.createBooking(stale)).toBe('ledger_changed');
    const fresh = createWrite(booking('B', '2026-11-28T10:00:00+08:00'), {
      ledger: { personId: 'p', expectedVersion: 1, entries: [] },
    });
    expect(await store.createBooking(fresh)).toBe('created');
    expect((await store.getLedger(tenantId, 'p')).version).toBe(2);
  });

  it('answers code_taken for a code in use, having written nothing', async () => {
    await store.createBooking(createWrite(booking('A', '2026-11-28T09:00:00+08:00')));
    const clash = createWrite(booking('A', '2026-11-28T10:00:00+08:00'), {
      idempotency: { key: 'other', requestHash: 'hash' },
      ledger: { personId: 'other', expectedVersion: 0, entries: [] },
    });
    expect(await store.createBooking(clash)).toBe('code_taken');
    expect(await store.getIdempotency(tenantId, 'other')).toBeUndefined();
    expect(
      await store.placesTaken(tenantId, { hallId, date: '2026-11-28', from: '10:00', to: '10:10' }),
    ).toEqual(new Map());
  });
});

describe('InMemoryBookingStore changes', () => {
  async function booked(code: string, start: string) {
    await store.createBooking(createWrite(booking(code, start)));
    return stored(code);
  }
  const ledger = (version: number) => ({ personId: 'person-A', expectedVersion: version, entries: [] });

  it('moves a booking by the net change of its buckets, so a move that overlaps itself fits', async () => {
    const before = await booked('A', '2026-11-28T09:00:00+08:00');
    const after = { ...before.booking, start: '2026-11-28T09:05:00+08:00', end: '2026-11-28T09:20:00+08:00' };
    const write = { before, after, notice, placeLimit: 1, ledger: ledger(1), now };
    expect(await store.rescheduleBooking(write)).toBe('rescheduled');
    expect(await store.placesTaken(tenantId, { hallId, date: '2026-11-28' })).toEqual(
      new Map([
        [
          'w1',
          new Map([
            ['09:00', 0],
            ['09:05', 1],
            ['09:10', 1],
            ['09:15', 1],
          ]),
        ],
      ]),
    );
    expect((await stored('A')).version).toBe(2);
    // The version read is gone: the same write again is refused.
    expect(await store.rescheduleBooking(write)).toBe('booking_changed');
  });

  it('refuses a move into a full bucket and leaves everything as it was', async () => {
    await booked('B', '2026-11-28T10:00:00+08:00');
    const before = await booked('A', '2026-11-28T09:00:00+08:00');
    const after = { ...before.booking, start: '2026-11-28T10:00:00+08:00', end: '2026-11-28T10:15:00+08:00' };
    expect(
      await store.rescheduleBooking({ before, after, notice, placeLimit: 1, ledger: ledger(1), now }),
    ).toBe('slot_full');
    expect((await stored('A')).booking.start).toBe('2026-11-28T09:00:00+08:00');
  });

  it('cancels once: the places come back, and a second cancel of the version read is refused', async () => {
    const before = await booked('A', '2026-11-28T09:00:00+08:00');
    const write = {
      before,
      after: { ...before.booking, status: 'cancelled' as const },
      ledger: ledger(1),
      now,
    };
    expect(await store.cancelBooking(write)).toBe('cancelled');
    expect(await store.cancelBooking({ ...write, ledger: ledger(2) })).toBe('booking_changed');
    const taken = await store.placesTaken(tenantId, { hallId, date: '2026-11-28' });
    expect([...taken.get('w1')!.values()]).toEqual([0, 0, 0]);
    expect(await stored('A')).toMatchObject({ version: 2, booking: { status: 'cancelled' }, notice });
  });

  it('marks a booking stranded over the version read, its places kept, and never a cancelled one', async () => {
    const before = await booked('A', '2026-11-28T09:00:00+08:00');
    const mark = {
      reason: 'day_closed' as const,
      at: '2026-11-23T08:00:00+08:00',
      by: 'admin',
      configVersion: 2,
    };
    const after = { ...before.booking, stranded: mark };
    expect(await store.markStranded({ before, after })).toBe('marked');
    expect(await stored('A')).toMatchObject({ version: 2, booking: { status: 'booked', stranded: mark } });
    const taken = await store.placesTaken(tenantId, { hallId, date: '2026-11-28' });
    expect([...taken.get('w1')!.values()]).toEqual([1, 1, 1]);
    expect(await store.markStranded({ before, after })).toBe('booking_changed');

    const current = await stored('A');
    await store.cancelBooking({
      before: current,
      after: { ...current.booking, status: 'cancelled' },
      ledger: ledger(1),
      now,
    });
    const cancelled = await stored('A');
    expect(
      await store.markStranded({ before: cancelled, after: { ...cancelled.booking, stranded: mark } }),
    ).toBe('booking_changed');
  });

  it('refuses a change over a ledger another write moved on', async () => {
    const before = await booked('A', '2026-11-28T09:00:00+08:00');
    const write = {
      before,
      after: { ...before.booking, status: 'cancelled' as const },
      ledger: ledger(0),
      now,
    };
    expect(await store.cancelBooking(write)).toBe('ledger_changed');
  });
});

describe('InMemoryBookingStore reads', () => {
  it('reads the buckets from..to of the windows asked for', async () => {
    await store.createBooking(createWrite(booking('A', '2026-11-28T09:00:00+08:00')));
    await store.createBooking(createWrite(booking('B', '2026-11-28T09:00:00+08:00', 15, 'w2')));
    const taken = await store.placesTaken(tenantId, {
      hallId,
      date: '2026-11-28',
      windowIds: ['w2'],
      from: '09:05',
      to: '09:05',
    });
    expect(taken).toEqual(new Map([['w2', new Map([['09:05', 1]])]]));
  });

  it('lists a hall-day by start, then code, with every status', async () => {
    await store.createBooking(createWrite(booking('Z', '2026-11-28T09:00:00+08:00')));
    await store.createBooking(createWrite(booking('B', '2026-11-28T10:00:00+08:00')));
    await store.createBooking(createWrite(booking('A', '2026-11-28T09:00:00+08:00'), { placeLimit: 2 }));
    await store.createBooking(createWrite(booking('C', '2026-11-29T09:00:00+08:00')));
    const day = await store.bookingsOfHallDay(tenantId, hallId, '2026-11-28');
    expect(day.map((s) => s.booking.code)).toEqual(['A', 'Z', 'B']);
  });

  it('hands out copies: changing what was read changes nothing stored', async () => {
    await store.createBooking(createWrite(booking('A', '2026-11-28T09:00:00+08:00')));
    (await stored('A')).booking.status = 'cancelled';
    store.bookings()[0]!.start = 'changed';
    expect((await stored('A')).booking).toMatchObject({
      status: 'booked',
      start: '2026-11-28T09:00:00+08:00',
    });
  });

  it('fails the next write with the error it was given, writing nothing, and only that one', async () => {
    store.failNextWrite(new Error('connection refused'));
    const write = createWrite(booking('A', '2026-11-28T09:00:00+08:00'));
    await expect(store.createBooking(write)).rejects.toThrow('connection refused');
    expect(store.bookings()).toEqual([]);
    expect(await store.createBooking(write)).toBe('created');
  });
});
