import { describe, expect, it } from 'vitest';
import { storedBookingFixture } from '../testing/booking-fixture.js';
import { markStrandedParams } from './mark-stranded-params.js';

const before = storedBookingFixture({}, 2);
const stranded = {
  reason: 'day_closed' as const,
  at: '2026-09-30T10:00:00+08:00',
  by: 'admin-1',
  configVersion: 7,
};

describe('markStrandedParams', () => {
  it('puts the marked booking over the version read while it is booked, its keys and places unchanged', () => {
    const history = [
      ...before.booking.history,
      { at: stranded.at, action: 'stranded' as const, actor: 'admin-1', reason: 'day_closed' },
    ];
    const t = markStrandedParams('t', { before, after: { ...before.booking, stranded, history } });
    const [put, event] = (t.params.TransactItems ?? []).map((i) => i.Put);
    expect(t.roles).toEqual(['booking', 'event']);
    expect(event?.Item?.event).toMatchObject({
      type: 'booking.stranded',
      actor: 'admin-1',
      data: { reason: 'day_closed', configVersion: 7 },
    });
    const params = put;
    expect(params).toMatchObject({
      TableName: 't',
      ConditionExpression: '#version = :expected AND #status = :booked',
      ExpressionAttributeValues: { ':expected': 2, ':booked': 'booked' },
      Item: {
        pk: `TENANT#${before.booking.tenantId}#BOOKING#${before.booking.code}`,
        version: 3,
        status: 'booked',
        stranded,
        personId: before.personId,
      },
    });
    expect(params?.Item?.gsi1pk).toContain('#BOOKINGS#');
  });
});
