import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../ports/booking-store.js';
import { activeEntries, ledgerEntryOf, perPersonCounts } from './person-ledger.js';

const entry = (code: string, matterId: string, date: string, end: string): LedgerEntry => ({
  code,
  matterId,
  hallId: 'h1',
  date,
  end,
});

const entries = [
  entry('A', 'm1', '2026-03-02', '2026-03-02T11:30:00+08:00'),
  entry('B', 'm1', '2026-03-03', '2026-03-03T10:00:00+08:00'),
  entry('C', 'm2', '2026-03-03', '2026-03-03T11:00:00+08:00'),
];

describe('activeEntries', () => {
  it.each([
    { now: '2026-03-02T11:29:00+08:00', codes: ['A', 'B', 'C'] },
    { now: '2026-03-02T11:30:00+08:00', codes: ['B', 'C'] },
    { now: '2026-03-03T10:30:00+08:00', codes: ['C'] },
  ])('keeps the bookings not yet ended at $now', ({ now, codes }) => {
    expect(activeEntries({ version: 1, entries }, new Date(now)).map((e) => e.code)).toEqual(codes);
  });
});

describe('perPersonCounts', () => {
  it.each([
    {
      matterId: 'm1',
      date: '2026-03-03',
      except: undefined,
      expected: { activeForMatterDay: 1, activeTotal: 3 },
    },
    {
      matterId: 'm2',
      date: '2026-03-03',
      except: undefined,
      expected: { activeForMatterDay: 1, activeTotal: 3 },
    },
    {
      matterId: 'm1',
      date: '2026-03-04',
      except: undefined,
      expected: { activeForMatterDay: 0, activeTotal: 3 },
    },
    { matterId: 'm1', date: '2026-03-03', except: 'B', expected: { activeForMatterDay: 0, activeTotal: 2 } },
  ])('$matterId on $date without $except', ({ matterId, date, except, expected }) => {
    expect(perPersonCounts(entries, matterId, date, except)).toEqual(expected);
  });
});

describe('ledgerEntryOf', () => {
  it('takes the Shanghai date of the start', () => {
    expect(
      ledgerEntryOf({
        code: 'K7QXM4RTD',
        matterId: 'm1',
        hallId: 'h1',
        start: '2026-03-03T09:00:00+08:00',
        end: '2026-03-03T09:30:00+08:00',
      }),
    ).toEqual(entry('K7QXM4RTD', 'm1', '2026-03-03', '2026-03-03T09:30:00+08:00'));
  });
});
