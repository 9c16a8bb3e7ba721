import { marshall } from '@aws-sdk/util-dynamodb';
import { newEvent } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { outboxItem } from './outbox-item.js';
import { eventOfStreamRecord } from './outbox-stream-record.js';

const event = newEvent({
  type: 'day.closed',
  eventId: 'day.2026-11-30.closed',
  tenantId: 'zibo',
  at: new Date('2026-11-30T15:30:00Z'),
  actor: 'system',
  subjectId: '2026-11-30',
  data: { date: '2026-11-30' },
});

describe('eventOfStreamRecord', () => {
  it('reads the event of an outbox item from its stream image, as the Pipe delivers it', () => {
    const detail = { eventName: 'INSERT', dynamodb: { NewImage: marshall(outboxItem(event)) } };
    expect(eventOfStreamRecord(detail)).toEqual(event);
  });

  it('ignores a record of any other item', () => {
    const detail = {
      dynamodb: { NewImage: marshall({ pk: 'TENANT#zibo', sk: 'CONFIG', entity: 'Config' }) },
    };
    expect(eventOfStreamRecord(detail)).toBeUndefined();
    expect(eventOfStreamRecord({})).toBeUndefined();
  });

  it('refuses an outbox item whose event does not fit the envelope', () => {
    const broken = { ...outboxItem(event), event: { ...event, type: 'Not A Type' } };
    expect(() => eventOfStreamRecord({ dynamodb: { NewImage: marshall(broken) } })).toThrow();
  });
});
