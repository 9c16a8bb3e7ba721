import { describe, expect, it } from 'vitest';
import { StoredItemInvalidError } from '../table/errors.js';
import { storedBookingFixture } from '../testing/booking-fixture.js';
import { bookingItem, storedBookingOf } from './booking-item.js';
import { personLedgerItem, personLedgerOf } from './person-ledger-item.js';

describe('booking item', () => {
  it('reads back what it stores', () => {
    const stored = storedBookingFixture(
      { applicant: { name: '李明', phone: '13812345678', organisation: '示例公司', agent: true } },
      4,
    );
    expect(storedBookingOf({ ...bookingItem(stored) })).toEqual(stored);
  });

  it('refuses an item that no longer matches the schema', () => {
    const item = { ...bookingItem(storedBookingFixture()), start: '2026-10-05 09:30' };
    expect(() => storedBookingOf(item)).toThrow(StoredItemInvalidError);
  });
});

describe('person ledger item', () => {
  it('is empty at version 0 when nothing is stored', () => {
    expect(personLedgerOf(undefined)).toEqual({ version: 0, entries: [] });
  });

  it('reads back what it stores, one version on', () => {
    const entries = [
      {
        code: 'K7QXM4RTD',
        matterId: 'm1',
        hallId: 'h1',
        date: '2026-10-05',
        end: '2026-10-05T10:00:00+08:00',
      },
    ];
    const item = personLedgerItem('zibo', { personId: 'p1', expectedVersion: 2, entries }, new Date());
    expect(personLedgerOf({ ...item })).toEqual({ version: 3, entries });
  });
});
