import { describe, expect, it } from 'vitest';
import {
  canonicalShanghaiIso,
  isShanghaiIso,
  parseShanghaiIso,
  shanghaiDateOf,
  shanghaiIsoAt,
  shanghaiTimeOf,
  toShanghaiIso,
  toShanghaiMinuteIso,
} from './shanghai-time.js';

describe('shanghaiDateOf / shanghaiTimeOf', () => {
  it.each([
    // UTC instant, Shanghai date, Shanghai time
    ['2026-09-30T01:30:00Z', '2026-09-30', '09:30'],
    ['2026-09-30T15:59:59Z', '2026-09-30', '23:59'],
    ['2026-09-30T16:00:00Z', '2026-10-01', '00:00'],
    ['2026-12-31T16:30:00Z', '2027-01-01', '00:30'],
    ['2028-02-28T16:00:00Z', '2028-02-29', '00:00'],
  ])('%s is %s %s in Shanghai', (utc, date, time) => {
    const instant = new Date(utc);
    expect(shanghaiDateOf(instant)).toBe(date);
    expect(shanghaiTimeOf(instant)).toBe(time);
  });

  it('rejects an invalid Date', () => {
    expect(() => shanghaiDateOf(new Date('nope'))).toThrow(RangeError);
  });
});

describe('shanghaiIsoAt', () => {
  it.each([
    ['2026-11-28', '09:30', '2026-11-28T09:30:00+08:00'],
    ['2026-11-28', '00:00', '2026-11-28T00:00:00+08:00'],
    ['2026-12-31', '24:00', '2027-01-01T00:00:00+08:00'],
  ])('%s %s -> %s', (date, time, iso) => {
    expect(shanghaiIsoAt(date, time)).toBe(iso);
    expect(shanghaiDateOf(new Date(iso)) + shanghaiTimeOf(new Date(iso))).toBe(
      iso.slice(0, 10) + iso.slice(11, 16),
    );
  });
});

describe('isShanghaiIso / parseShanghaiIso', () => {
  it.each([
    ['2026-11-28T09:30:00+08:00', { date: '2026-11-28', time: '09:30' }],
    ['2026-11-28T09:30+08:00', { date: '2026-11-28', time: '09:30' }],
    ['2026-11-28T09:30:00.000+08:00', { date: '2026-11-28', time: '09:30' }],
  ])('parses %s', (iso, parts) => {
    expect(isShanghaiIso(iso)).toBe(true);
    expect(parseShanghaiIso(iso)).toEqual(parts);
  });

  it.each([
    '2026-11-28T01:30:00Z',
    '2026-11-28T09:30:00+09:00',
    '2026-11-28T09:30:00',
    '2026-11-28T09:30:15+08:00',
    '2026-11-28T09:30:00.5+08:00',
    '2026-02-30T09:30:00+08:00',
    '2026-11-28T24:00:00+08:00',
    '2026-11-28 09:30:00+08:00',
  ])('rejects %s', (iso) => {
    expect(isShanghaiIso(iso)).toBe(false);
    expect(() => parseShanghaiIso(iso)).toThrow(RangeError);
  });
});

describe('canonicalShanghaiIso', () => {
  it.each([
    ['2026-11-26T10:00+08:00', '2026-11-26T10:00:00+08:00'],
    ['2026-11-26T10:00:00+08:00', '2026-11-26T10:00:00+08:00'],
    ['2026-11-26T10:00:00.000+08:00', '2026-11-26T10:00:00+08:00'],
    ['2026-11-26T23:59:00.0+08:00', '2026-11-26T23:59:00+08:00'],
    // Not a Shanghai time on a whole minute: left for the schema to refuse.
    ['2026-11-26T10:00:30+08:00', '2026-11-26T10:00:30+08:00'],
    ['2026-11-26T02:00Z', '2026-11-26T02:00Z'],
  ])('%s is written %s', (typed, canonical) => {
    expect(canonicalShanghaiIso(typed)).toBe(canonical);
  });
});

describe('toShanghaiIso / toShanghaiMinuteIso', () => {
  it.each([
    ['2026-11-22T02:00:00Z', '2026-11-22T10:00:00+08:00', '2026-11-22T10:00:00+08:00'],
    ['2026-12-31T16:30:59.999Z', '2027-01-01T00:30:59+08:00', '2027-01-01T00:30:00+08:00'],
  ])('%s is %s, %s to the minute', (utc, second, minute) => {
    expect(toShanghaiIso(new Date(utc))).toBe(second);
    expect(toShanghaiMinuteIso(new Date(utc))).toBe(minute);
  });
});
