import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BookingCodeInputSchema,
  BookingSchema,
  BookingSummarySchema,
  CancelRequestSchema,
  CreateBookingRequestSchema,
  RescheduleRequestSchema,
  ShanghaiDateTimeSchema,
} from './booking-schemas.js';

const request = {
  matterId: 'company-registration',
  hallId: 'zibo-center',
  start: '2026-11-28T09:30:00+08:00',
  applicant: { name: '李明', phone: '+86 138 1234 5678' },
};

describe('ShanghaiDateTimeSchema', () => {
  it.each(['2026-11-28T09:30:00+08:00', '2026-11-28T09:30+08:00', '2026-11-28T09:30:00.000+08:00'])(
    'accepts %s and answers it in the one canonical spelling',
    (s) => {
      expect(ShanghaiDateTimeSchema.parse(s)).toBe('2026-11-28T09:30:00+08:00');
    },
  );

  it.each([
    ['2026-11-28T01:30:00Z', /not "Z"/],
    ['2026-11-28T09:30:00+09:00', /not "\+09:00"/],
    ['2026-11-28T09:30:00-05:00', /not "-05:00"/],
    ['2026-11-28T09:30:00', /expected ISO 8601/],
    ['2026-11-28T09:30:30+08:00', /whole minute/],
    ['2026-13-01T09:30:00+08:00', /expected ISO 8601/],
  ])('rejects %s with a clear message', (s, message) => {
    const r = ShanghaiDateTimeSchema.safeParse(s);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });
});

describe('CreateBookingRequestSchema', () => {
  it('normalises the applicant', () => {
    const parsed = CreateBookingRequestSchema.parse(request);
    expect(parsed.applicant).toEqual({ name: '李明', phone: '13812345678', agent: false });
  });

  it('points at the start when the offset is wrong', () => {
    const r = CreateBookingRequestSchema.safeParse({ ...request, start: '2026-11-28T01:30:00Z' });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['start']);
  });

  it('names its schema for the OpenAPI document', () => {
    const json = z.toJSONSchema(CreateBookingRequestSchema, { io: 'input' }) as { $defs?: object };
    expect(Object.keys(json.$defs ?? {})).toEqual(expect.arrayContaining(['Applicant', 'ShanghaiDateTime']));
  });
});

describe('reschedule and cancel requests', () => {
  it('normalise the phone', () => {
    expect(RescheduleRequestSchema.parse({ phone: '138-1234-5678', start: request.start }).phone).toBe(
      '13812345678',
    );
    expect(CancelRequestSchema.parse({ phone: '13812345678', reason: ' 改期 ' })).toEqual({
      phone: '13812345678',
      reason: '改期',
    });
  });

  it('reject a landline', () => {
    expect(CancelRequestSchema.safeParse({ phone: '0533-2512345' }).success).toBe(false);
  });
});

describe('BookingCodeInputSchema', () => {
  it.each([
    ['k7q-xm4-rtd', 'K7QXM4RTD'],
    ['K7Q XM4 RTD', 'K7QXM4RTD'],
  ])('makes %j canonical', (input, code) => {
    expect(BookingCodeInputSchema.parse(input)).toBe(code);
  });

  it.each(['K7Q-XM4-RTE', 'K7Q-XM4-RT', 'K7O-XM4-RTD'])('rejects %j', (input) => {
    expect(BookingCodeInputSchema.safeParse(input).success).toBe(false);
  });
});

describe('BookingSchema', () => {
  const booking = {
    code: 'K7QXM4RTD',
    tenantId: 'zibo',
    matterId: 'company-registration',
    hallId: 'zibo-center',
    windowIds: ['b02'],
    windowId: 'b02',
    start: '2026-11-28T09:30:00+08:00',
    end: '2026-11-28T10:00:00+08:00',
    status: 'booked',
    channel: 'online',
    applicant: { name: '李明', phone: '13812345678', agent: false },
    createdAt: '2026-11-20T10:00:00+08:00',
    updatedAt: '2026-11-20T10:00:00+08:00',
    history: [{ at: '2026-11-20T10:00:00+08:00', action: 'created', actor: 'citizen', channel: 'online' }],
  };

  it('accepts a full booking', () => {
    expect(BookingSchema.parse(booking)).toEqual(booking);
  });

  it('rejects an unknown status and a non-canonical code', () => {
    expect(BookingSchema.safeParse({ ...booking, status: 'pending' }).success).toBe(false);
    expect(BookingSchema.safeParse({ ...booking, code: 'K7Q-XM4-RTD' }).success).toBe(false);
  });

  it('has a summary variant carrying a masked applicant', () => {
    const summary = { ...booking, applicant: { name: '李*', phone: '138****5678', agent: false } };
    expect(BookingSummarySchema.parse(summary).applicant.phone).toBe('138****5678');
  });
});
