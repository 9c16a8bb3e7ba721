import type { Booking, StoredBooking } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { newRequestIndexPuts } from './desk-index-items.js';
import { deskDayKey, dispatchQueueKey, windowDayKey } from './desk-keys.js';
import { saveHandlingParams } from './save-handling-params.js';

const booking: Booking = {
  code: 'K7QXM4RTD',
  tenantId: 'zibo',
  matterId: 'enterprise-establishment',
  hallId: 'zibo-center',
  windowIds: ['market-access-1'],
  windowId: 'market-access-1',
  start: '2026-10-02T09:30:00+08:00',
  end: '2026-10-02T10:00:00+08:00',
  status: 'booked',
  channel: 'phone',
  createdAt: '2026-09-29T10:05:00+08:00',
  updatedAt: '2026-09-29T10:05:00+08:00',
  history: [{ at: '2026-09-29T10:05:00+08:00', action: 'created', actor: 'zibo-desk', channel: 'phone' }],
  applicant: { name: '周海宁', phone: '13912345678', agent: false },
  registration: { recordedAt: '2026-09-29T10:05:00+08:00', recordedBy: 'zibo-desk' },
  handling: { state: 'new', cooperatingWindowIds: [], contacts: [] },
};
const stored = { booking, version: 1, personId: 'p', notice: {} } as unknown as StoredBooking;

describe('the desk index keys', () => {
  it('lead with the tenant and narrow each list to one partition', () => {
    expect(dispatchQueueKey(booking)).toEqual({
      pk: 'TENANT#zibo#DISPATCHQUEUE',
      sk: '2026-09-29T10:05:00+08:00#K7QXM4RTD',
    });
    expect(deskDayKey(booking)).toEqual({
      pk: 'TENANT#zibo#DESKDAY#2026-09-29',
      sk: '2026-09-29T10:05:00+08:00#K7QXM4RTD',
    });
    expect(windowDayKey(booking, 'tax-1')).toEqual({
      pk: 'TENANT#zibo#WINDOWDAY#tax-1#2026-10-02',
      sk: '09:30#K7QXM4RTD',
    });
  });

  it('puts a new desk request on its desk day and the dispatch queue, and an online booking on neither', () => {
    expect(newRequestIndexPuts('t', booking).map((i) => i.Put?.Item?.entity)).toEqual([
      'DeskDayEntry',
      'DispatchQueueEntry',
    ]);
    const { registration: _r, handling: _h, ...online } = booking;
    expect(newRequestIndexPuts('t', { ...online, channel: 'online' })).toEqual([]);
  });
});

describe('saveHandlingParams', () => {
  const after: Booking = {
    ...booking,
    handling: {
      ...booking.handling!,
      state: 'dispatched',
      leadWindowId: 'market-access-1',
      cooperatingWindowIds: ['tax-1'],
    },
  };
  const event = {
    eventId: 'evt-00000001',
    type: 'booking.dispatched',
    version: 1,
    tenantId: 'zibo',
    occurredAt: '2026-09-29T10:10:00.000+08:00',
    actor: 'mgr',
    subject: { kind: 'booking', id: booking.code },
    data: { code: booking.code },
  };

  it('writes a dispatch over the version and status read, leaves the queue only if still in it, lists both windows and the event', () => {
    const { params, roles } = saveHandlingParams('t', { before: stored, after, events: [event] });
    expect(roles).toEqual(['booking', 'queue', 'index', 'index', 'event']);
    const [put, remove] = params.TransactItems ?? [];
    expect(put?.Put?.ConditionExpression).toBe('#version = :expected AND #status = :status');
    expect(put?.Put?.ExpressionAttributeValues).toEqual({ ':expected': 1, ':status': 'booked' });
    expect(put?.Put?.Item?.version).toBe(2);
    expect(remove?.Delete?.Key).toEqual(dispatchQueueKey(booking));
    expect(remove?.Delete?.ConditionExpression).toBe('attribute_exists(pk)');
    expect(JSON.stringify(params.TransactItems?.at(-1))).not.toContain('13912345678');
  });

  it('leaves the queue alone once dispatched, and lists a closed booking under no window', () => {
    const dispatched = { ...stored, booking: after, version: 2 };
    const signed = { ...after, handling: { ...after.handling!, state: 'signed-for' as const } };
    expect(saveHandlingParams('t', { before: dispatched, after: signed, events: [] }).roles).toEqual([
      'booking',
      'index',
      'index',
    ]);
    const closed = { ...signed, status: 'no-show' as const };
    expect(saveHandlingParams('t', { before: dispatched, after: closed, events: [] }).roles).toEqual([
      'booking',
    ]);
  });
});
