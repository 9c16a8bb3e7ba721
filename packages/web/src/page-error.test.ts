import { BookingNotFoundError, NotFoundError, RateLimitedError, SlotFullError } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LOCALES } from './i18n/locale.js';
import { PAGE_ERROR_CODES } from './i18n/page-error-code.js';
import { refusalMessage, refusalOf } from './page-error.js';

describe('refusalOf', () => {
  it.each([
    ['a slot taken meanwhile', new SlotFullError('2026-11-28T09:00:00+08:00'), { code: 'slot_full' }],
    ['a wrong code or phone', new BookingNotFoundError(), { code: 'booking_not_found' }],
    [
      'a rate limit, with its wait',
      new RateLimitedError(30),
      { code: 'rate_limited', retryAfterSeconds: 30 },
    ],
    [
      'a named error the pages have no words for',
      new NotFoundError('tenant "x"', 'tenant_not_found'),
      { code: 'unknown' },
    ],
    ['a fault', new TypeError('x is undefined'), undefined],
  ])('reads %s', (_, error, refused) => {
    expect(refusalOf(error)).toEqual(refused);
  });
});

describe('refusalMessage', () => {
  const policy = seedConfigs[0]!.bookingPolicy;

  it.each(LOCALES.flatMap((locale) => PAGE_ERROR_CODES.map((code) => [locale, code] as const)))(
    '%s explains %s',
    (locale, code) => {
      const message = refusalMessage(DICTIONARIES[locale], policy, { code });
      expect(message.trim().length).toBeGreaterThan(5);
      expect(message).not.toContain('undefined');
    },
  );
});
