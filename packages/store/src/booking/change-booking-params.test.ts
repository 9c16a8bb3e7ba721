import { describe, expect, it } from 'vitest';
import { noticeSnapshotFixture, storedBookingFixture } from '../testing/booking-fixture.js';
import { cancelBookingParams } from './cancel-booking-params.js';
import { rescheduleBookingParams } from './reschedule-booking-params.js';

const now = new Date('2026-09-30T02:00:00Z');
// 09:30-10:00 at window B02.
const before = storedBookingFixture({}, 2);
const ledger = { personId: before.personId, expectedVersion: 5, entries: [] };
const notice = { ...noticeSnapshotFixture(), matter: { ...noticeSnapshotFixture().matter, materials: [] } };
const at = (start: string, end: string, windowId = 'b02', date = '2026-10-05') => ({
  ...before.booking,
  history: [
    ...before.booking.history,
    {
      at: '2026-09-30T10:00:00+08:00',
      action: 'rescheduled' as const,
      actor: 'citizen',
      previous: { start: before.booking.start, end: before.booking.end },
    },
  ],
  windowId,
  start: `${date}T${start}:00+08:00`,
  end: `${date}T${end}:00+08:00`,
});

function reschedule(after: ReturnType<typeof at>) {
  const t = rescheduleBookingParams('t', { before, after, notice, placeLimit: 3, ledger, now });
  const items = t.params.TransactItems ?? [];
  const buckets = (role: string) =>
    items.filter((_, i) => t.roles[i] === role).map((i) => String(i.Update?.Key?.sk));
  return { t, items, released: buckets('released'), taken: buckets('taken') };
}

describe('rescheduleBookingParams', () => {
  it('gives back only the buckets left and takes only the buckets entered on the same window', () => {
    const { released, taken, items, t } = reschedule(at('09:45', '10:15'));
    expect(released).toEqual(['b02#09:30', 'b02#09:35', 'b02#09:40']);
    expect(taken).toEqual(['b02#10:00', 'b02#10:05', 'b02#10:10']);
    expect(t.roles.slice(0, 3)).toEqual(['booking', 'ledger', 'event']);
    expect(items[3]?.Update).toMatchObject({
      Key: { pk: 'TENANT#zibo#CAP#city-center#2026-10-05' },
      UpdateExpression: 'SET #taken = #taken - :one',
      ConditionExpression: '#taken >= :one',
    });
    expect(items.at(-2)?.Update).toMatchObject({ ExpressionAttributeValues: { ':limit': 3 } });
    // Taking places moves the window's places guard on, as a create does.
    expect(t.roles.at(-1)).toBe('rota');
    expect(items.at(-1)?.Update).toMatchObject({
      Key: { sk: 'GUARD#b02' },
      ConditionExpression: 'attribute_not_exists(#pv) OR #pv <= :rv',
    });
  });

  it('gives back every old bucket and takes every new one on another window or day', () => {
    expect(reschedule(at('09:30', '10:00', 'b03')).released).toHaveLength(6);
    expect(reschedule(at('09:30', '10:00', 'b03')).taken[0]).toBe('b03#09:30');
    const nextDay = reschedule(at('09:30', '10:00', 'b02', '2026-10-06'));
    expect(nextDay.items.at(-1)?.Update?.Key).toEqual({
      pk: 'TENANT#zibo#CAP#city-center#2026-10-06',
      sk: 'GUARD#b02',
    });
    expect([nextDay.released.length, nextDay.taken.length]).toEqual([6, 6]);
  });

  it('touches no counter when the slot and window stay (never the same item twice)', () => {
    const { released, taken, items } = reschedule(at('09:30', '10:00'));
    expect([released, taken]).toEqual([[], []]);
    expect(items).toHaveLength(3);
  });

  it('writes the booking.rescheduled event with the slot it moved from', () => {
    const { items } = reschedule(at('14:00', '14:30', 'b03', '2026-10-06'));
    expect(items[2]?.Put?.Item?.event).toMatchObject({
      eventId: `booking.${before.booking.code}.v3`,
      type: 'booking.rescheduled',
      data: {
        start: '2026-10-06T14:00:00+08:00',
        windowId: 'b03',
        previous: { start: before.booking.start, end: before.booking.end, windowId: 'b02' },
      },
    });
  });

  it('rewrites the booking over the version read, only while booked, with the new notice', () => {
    const { items } = reschedule(at('14:00', '14:30', 'b02', '2026-10-06'));
    expect(items[0]?.Put).toMatchObject({
      Item: {
        version: 3,
        start: '2026-10-06T14:00:00+08:00',
        gsi1pk: 'TENANT#zibo#BOOKINGS#city-center#2026-10-06',
        notice,
      },
      ConditionExpression: '#version = :expected AND #status = :booked',
      ExpressionAttributeValues: { ':expected': 2, ':booked': 'booked' },
    });
    expect(items[1]?.Put).toMatchObject({
      ConditionExpression: '#version = :expected',
      Item: { version: 6 },
    });
  });
});

describe('cancelBookingParams', () => {
  it('marks the booking cancelled over the version read and gives back every bucket it held', () => {
    const after = {
      ...before.booking,
      status: 'cancelled' as const,
      history: [
        ...before.booking.history,
        { at: '2026-09-30T10:00:00+08:00', action: 'cancelled' as const, actor: 'citizen' },
      ],
    };
    const t = cancelBookingParams('t', { before, after, ledger, now });
    const items = t.params.TransactItems ?? [];
    expect(t.roles).toEqual(['booking', 'ledger', 'event', ...Array(6).fill('released')]);
    expect(items[0]?.Put).toMatchObject({
      Item: { status: 'cancelled', version: 3, notice: before.notice },
      ConditionExpression: '#version = :expected AND #status = :booked',
    });
    expect(items[1]?.Put?.Item).toMatchObject({ entries: [], version: 6 });
    expect(items[2]?.Put?.Item?.event).toMatchObject({ type: 'booking.cancelled', actor: 'citizen' });
    expect(items.slice(3).map((i) => i.Update?.Key?.sk)).toEqual(
      ['09:30', '09:35', '09:40', '09:45', '09:50', '09:55'].map((t) => `b02#${t}`),
    );
    for (const item of items.slice(3))
      expect(item.Update?.UpdateExpression).toBe('SET #taken = #taken - :one');
  });
});
