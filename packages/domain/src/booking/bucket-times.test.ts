import { describe, expect, it } from 'vitest';
import { MatterSchema } from '../tenant/matter.js';
import { BUCKET_MINUTES, bucketTimes, MAX_SLOT_BUCKETS } from './bucket-times.js';
import { ziboConfig } from './test-fixtures.js';

const on = (time: string) => `2026-11-24T${time}:00+08:00`;

describe('bucketTimes', () => {
  it.each([
    // start, end, buckets
    ['10:00', '10:20', ['10:00', '10:05', '10:10', '10:15']],
    ['10:30', '11:00', ['10:30', '10:35', '10:40', '10:45', '10:50', '10:55']],
    ['09:00', '09:05', ['09:00']],
    // Off the 5-minute grid: every bucket touched, so no overlap goes unseen.
    ['08:58', '09:08', ['08:55', '09:00', '09:05']],
    ['23:30', '24:00', ['23:30', '23:35', '23:40', '23:45', '23:50', '23:55']],
  ])('%s to %s covers %j', (start, end, buckets) => {
    const endIso = end === '24:00' ? '2026-11-25T00:00:00+08:00' : on(end);
    expect(bucketTimes(on(start), endIso)).toEqual(buckets);
  });

  it('covers the longest slot (240 minutes) with 48 buckets', () => {
    expect(bucketTimes(on('09:00'), on('13:00'))).toHaveLength(MAX_SLOT_BUCKETS);
    expect(MAX_SLOT_BUCKETS * BUCKET_MINUTES).toBe(240);
  });

  it.each([
    [on('10:00'), on('10:00')],
    [on('10:00'), on('09:30')],
    [on('23:30'), '2026-11-25T00:30:00+08:00'],
  ])('refuses %s to %s', (start, end) => {
    expect(() => bucketTimes(start, end)).toThrow(RangeError);
  });
});

describe('MatterSchema slotMinutes', () => {
  const matter = ziboConfig.matters[0]!;

  it.each([5, 15, 20, 45, 240])('accepts %i minutes (whole 5-minute buckets)', (slotMinutes) => {
    expect(MatterSchema.safeParse({ ...matter, slotMinutes }).success).toBe(true);
  });

  it.each([7, 22, 61])('refuses %i minutes, saying why', (slotMinutes) => {
    const result = MatterSchema.safeParse({ ...matter, slotMinutes });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/multiple of 5 minutes/);
  });
});
