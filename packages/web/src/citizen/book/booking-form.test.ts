import { describe, expect, it } from 'vitest';
import { type BookingFormValues, readBookingForm, validateBookingForm } from './booking-form.js';

const valid: BookingFormValues = {
  matterId: 'enterprise-establishment',
  hallId: 'zibo-center',
  date: '2026-11-28',
  start: '2026-11-28T09:00:00+08:00',
  name: '王晓梅',
  phone: '13812345678',
  organisation: '',
  agent: false,
  idempotencyKey: '6f1c7a52-2b7e-4d0e-9a1d-0c3f5c8e2a11',
};

describe('validateBookingForm', () => {
  it('builds the request, with the phone normalised and no empty organisation', () => {
    const result = validateBookingForm({ ...valid, phone: '+86 138-1234-5678', agent: true });
    expect(result).toEqual({
      ok: true,
      request: {
        matterId: valid.matterId,
        hallId: valid.hallId,
        start: valid.start,
        applicant: { name: '王晓梅', phone: '13812345678', agent: true },
      },
    });
  });

  it.each([
    ['no slot chosen', { start: '' }, ['start']],
    ['a slot of another day', { start: '2026-11-29T09:00:00+08:00' }, ['start']],
    ['a slot in another zone', { start: '2026-11-28T09:00:00Z' }, ['start']],
    ['a one-letter name', { name: '王' }, ['name']],
    ['digits in the name', { name: '王 123' }, ['name']],
    ['a landline', { phone: '0533-2512345' }, ['phone']],
    ['a mobile of 10 digits', { phone: '1381234567' }, ['phone']],
    ['an organisation too long', { organisation: '单'.repeat(101) }, ['organisation']],
    ['everything wrong at once', { start: '', name: '', phone: '' }, ['start', 'name', 'phone']],
  ])('refuses %s', (_, change, fields) => {
    expect(validateBookingForm({ ...valid, ...change })).toEqual({ ok: false, fields });
  });
});

describe('readBookingForm', () => {
  it('reads the checkbox and ignores files', () => {
    const values = readBookingForm({ agent: 'yes', name: new File(['x'], 'x.txt') });
    expect(values.agent).toBe(true);
    expect(values.name).toBe('');
  });
});
