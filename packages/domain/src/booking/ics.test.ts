import { describe, expect, it } from 'vitest';
import type { BookingChange } from './booking-schemas.js';
import { bookingToIcs, bookingViewToIcs } from './ics.js';
import { at } from './test-fixtures.js';

const created: BookingChange = { at: '2026-09-30T10:00:00+08:00', action: 'created', actor: 'citizen' };
const input = {
  booking: {
    code: 'K7QXM4RTD',
    start: '2026-10-05T09:30:00+08:00',
    end: '2026-10-05T10:00:00+08:00',
    status: 'booked' as const,
    history: [created],
  },
  matterName: '公司（企业）登记',
  hallName: '淄博市政务服务中心',
  address: '淄博市张店区示例路1号',
  windowCodes: ['二楼 B02', '二楼 B03'],
  materials: [
    '营业执照, 副本; 原件',
    '法定代表人身份证',
    '授权委托书（由委托代理人办理的，需提供经办人身份证明及加盖公章的授权委托书）',
  ],
  tenantName: '淄博市政务服务管理办公室',
  now: at('2026-09-30T10:00'),
  uidDomain: 'bookings.openhall.example',
};

/** Unfolded content lines. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}
function value(ics: string, name: string): string | undefined {
  return contentLines(ics)
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, '');
}
const unescapeText = (s: string) =>
  s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

describe('bookingToIcs', () => {
  const ics = bookingToIcs(input);

  it('uses CRLF only, ends with CRLF and keeps every physical line within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The description is long Chinese text, so it must actually have been folded.
    expect(ics).toContain('\r\n ');
  });

  it('nests the components in order', () => {
    const begins = contentLines(ics).filter((l) => /^(BEGIN|END):/.test(l));
    expect(begins).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'BEGIN:STANDARD',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it.each([
    ['PRODID', '-//OpenHall//Booking//ZH'],
    ['VERSION', '2.0'],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ['TZID', 'Asia/Shanghai'],
    ['TZOFFSETFROM', '+0800'],
    ['TZOFFSETTO', '+0800'],
    ['TZNAME', 'CST'],
    ['DTSTART', '19700101T000000'],
    ['UID', 'K7QXM4RTD@bookings.openhall.example'],
    ['DTSTAMP', '20260930T020000Z'],
    ['DTSTART;TZID=Asia/Shanghai', '20261005T093000'],
    ['DTEND;TZID=Asia/Shanghai', '20261005T100000'],
    ['SEQUENCE', '0'],
    ['STATUS', 'CONFIRMED'],
    ['TRIGGER', '-PT1H'],
    ['ACTION', 'DISPLAY'],
  ])('has %s:%s', (name, expected) => {
    const line = contentLines(ics).find((l) => l === `${name}:${expected}`);
    expect(line).toBeDefined();
  });

  it('escapes and carries summary, location and description', () => {
    expect(unescapeText(value(ics, 'SUMMARY')!)).toBe('预约办理：公司（企业）登记');
    expect(value(ics, 'LOCATION')).toBe('淄博市政务服务中心\\, 淄博市张店区示例路1号');
    const description = unescapeText(value(ics, 'DESCRIPTION')!).split('\n');
    expect(description).toEqual([
      '预约码: K7Q-XM4-RTD',
      '窗口: 二楼 B02、二楼 B03',
      '请携带材料:',
      '1. 营业执照, 副本; 原件',
      '2. 法定代表人身份证',
      `3. ${input.materials[2]}`,
      '淄博市政务服务管理办公室',
    ]);
    expect(value(ics, 'DESCRIPTION')).toContain('1. 营业执照\\, 副本\\; 原件');
  });

  it('handles an end at midnight', () => {
    const late = bookingToIcs({
      ...input,
      booking: { ...input.booking, start: '2026-10-05T23:30:00+08:00', end: '2026-10-06T00:00:00+08:00' },
    });
    expect(value(late, 'DTEND;TZID=Asia/Shanghai')).toBe('20261006T000000');
  });

  it('counts reschedules in SEQUENCE and marks a cancellation without an alarm', () => {
    const changed = bookingToIcs({
      ...input,
      booking: {
        ...input.booking,
        status: 'cancelled',
        history: [
          created,
          { at: '2026-10-01T10:00:00+08:00', action: 'rescheduled', actor: 'citizen' },
          { at: '2026-10-02T10:00:00+08:00', action: 'cancelled', actor: 'citizen' },
        ],
      },
    });
    expect(value(changed, 'SEQUENCE')).toBe('2');
    expect(value(changed, 'STATUS')).toBe('CANCELLED');
    expect(changed).not.toContain('BEGIN:VALARM');
  });

  it('writes English labels on request and says when nothing is to be brought', () => {
    const en = bookingToIcs({ ...input, locale: 'en', matterName: 'Company registration', materials: [] });
    expect(unescapeText(value(en, 'SUMMARY')!)).toBe('Appointment: Company registration');
    expect(unescapeText(value(en, 'DESCRIPTION')!)).toContain('No extra materials');
  });
});

describe('bookingViewToIcs', () => {
  const notice = {
    tenant: { id: 'zibo', name: { zh: '淄博市', en: 'Zibo' }, servicePhone: '0533-2512345' },
    matter: {
      id: 'm',
      name: { zh: '企业开办', en: 'Starting a business' },
      materials: [{ zh: '申请书', en: 'Application form' }],
    },
    hall: { id: 'h', name: { zh: '中心', en: 'Centre' }, address: { zh: '张店区', en: 'Zhangdian' } },
    windows: [{ id: 'w', code: '市场准入 1', name: { zh: '市场准入', en: 'Market access' } }],
    changeUntil: '2026-10-04T21:30:00+08:00',
    lateLimitMinutes: 30,
  };
  const view = { ...input.booking, notice };
  const stamp = { now: input.now, uidDomain: input.uidDomain };

  it.each(['zh', 'en'] as const)('writes what the notice told, in %s', (locale) => {
    const ics = bookingViewToIcs(view, locale, stamp);
    expect(ics).toBe(
      bookingToIcs({
        booking: view,
        matterName: notice.matter.name[locale],
        hallName: notice.hall.name[locale],
        address: notice.hall.address[locale],
        windowCodes: ['市场准入 1'],
        materials: [notice.matter.materials[0]![locale]],
        tenantName: notice.tenant.name[locale],
        ...stamp,
        locale,
      }),
    );
  });
});
