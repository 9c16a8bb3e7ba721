import { describe, expect, it } from 'vitest';
import { containsMobileNumber, maskPhonesIn } from './phone-in-text.js';

describe('mobile numbers in a text', () => {
  it.each([
    ['13912345678', '139****5678'],
    ['to 13912345678 failed', 'to 139****5678 failed'],
    ['+8613912345678', '139****5678'],
    ['86-139-1234-5678', '139****5678'],
    ['139 1234 5678', '139****5678'],
    ['{"phone":"19912345678"}', '{"phone":"199****5678"}'],
    ['a 13812345678 and 15012345678', 'a 138****5678 and 150****5678'],
    ['条件失败：王小明 13912345678', '条件失败：王小明 139****5678'],
  ])('masks %s', (text, masked) => {
    expect(maskPhonesIn(text)).toBe(masked);
    expect(containsMobileNumber(text)).toBe(true);
  });

  it.each([
    'booking K7QXM4RTD at 2026-03-02T09:30:00+08:00',
    // Not mobile numbers: a landline, an epoch in milliseconds, a longer id, a 12-digit number.
    '0632-3151234',
    '1796039945831',
    'order 913912345678',
    '139123456789',
    '12912345678',
  ])('leaves %s alone', (text) => {
    expect(maskPhonesIn(text)).toBe(text);
    expect(containsMobileNumber(text)).toBe(false);
  });
});
