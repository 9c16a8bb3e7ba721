import { parseShanghaiIso } from '../shared/shanghai-time.js';
import { formatBookingCode } from './booking-code.js';
import type { Booking } from './booking-schemas.js';
import type { BookingView } from './booking-view.js';
import { escapeIcsText, icsDocument } from './ics-text.js';

export interface BookingIcsInput {
  booking: Pick<Booking, 'code' | 'start' | 'end' | 'status' | 'history'>;
  matterName: string;
  hallName: string;
  address: string;
  /** As signed in the hall, e.g. "二楼 B02". */
  windowCodes: readonly string[];
  /** 一次告知: what to bring. */
  materials: readonly string[];
  tenantName: string;
  /** Stamps the file (DTSTAMP). */
  now: Date;
  /** Right-hand side of the UID, a domain the product controls, e.g. "bookings.example.cn". */
  uidDomain: string;
  locale?: 'zh' | 'en';
}

const LABELS = {
  zh: {
    summary: (matter: string) => `预约办理：${matter}`,
    code: '预约码',
    windows: '窗口',
    materials: '请携带材料',
    none: '无需额外材料',
    alarm: (matter: string) => `1 小时后办理：${matter}`,
    separator: '、',
  },
  en: {
    summary: (matter: string) => `Appointment: ${matter}`,
    code: 'Booking code',
    windows: 'Window',
    materials: 'Please bring',
    none: 'No extra materials',
    alarm: (matter: string) => `In 1 hour: ${matter}`,
    separator: ', ',
  },
} as const;

/** `20261005T093000` from an ISO 8601 +08:00 string, as the wall clock in Asia/Shanghai. */
function localStamp(iso: string): string {
  const { date, time } = parseShanghaiIso(iso);
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

function utcStamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The booking as an iCalendar file (RFC 5545) for the citizen's phone calendar, with the
 * Asia/Shanghai zone spelled out so any client shows the hall's wall-clock time. The UID stays the
 * same across reschedules and SEQUENCE counts them, so re-importing updates the event.
 */
export function bookingToIcs(input: BookingIcsInput): string {
  const { booking } = input;
  const l = LABELS[input.locale ?? 'zh'];
  const text = (name: string, value: string) => `${name}:${escapeIcsText(value)}`;
  const description = [
    `${l.code}: ${formatBookingCode(booking.code)}`,
    `${l.windows}: ${input.windowCodes.join(l.separator)}`,
    input.materials.length === 0 ? l.none : `${l.materials}:`,
    ...input.materials.map((m, i) => `${i + 1}. ${m}`),
    input.tenantName,
  ].join('\n');
  const sequence = booking.history.filter(
    (h) => h.action === 'rescheduled' || h.action === 'cancelled',
  ).length;
  const cancelled = booking.status === 'cancelled';
  return icsDocument([
    'BEGIN:VCALENDAR',
    'PRODID:-//OpenHall//Booking//ZH',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${booking.code}@${input.uidDomain}`,
    `DTSTAMP:${utcStamp(input.now)}`,
    `DTSTART;TZID=Asia/Shanghai:${localStamp(booking.start)}`,
    `DTEND;TZID=Asia/Shanghai:${localStamp(booking.end)}`,
    `SEQUENCE:${sequence}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    text('SUMMARY', l.summary(input.matterName)),
    text('LOCATION', `${input.hallName}, ${input.address}`),
    text('DESCRIPTION', description),
    // No reminder for a cancelled booking.
    ...(cancelled
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          text('DESCRIPTION', l.alarm(input.matterName)),
          'TRIGGER:-PT1H',
          'END:VALARM',
        ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

/**
 * A booking as the citizen got it back, as an iCalendar file in their language: names, address,
 * windows and materials from the one-time notice (一次告知) kept with the booking, never from today's
 * configuration, so the calendar entry says what the confirmation said.
 */
export function bookingViewToIcs(
  view: Pick<BookingView, 'code' | 'start' | 'end' | 'status' | 'history' | 'notice'>,
  locale: 'zh' | 'en',
  stamp: Pick<BookingIcsInput, 'now' | 'uidDomain'>,
): string {
  const { tenant, matter, hall, windows } = view.notice;
  return bookingToIcs({
    booking: view,
    matterName: matter.name[locale],
    hallName: hall.name[locale],
    address: hall.address[locale],
    windowCodes: windows.map((w) => w.code),
    materials: matter.materials.map((m) => m[locale]),
    tenantName: tenant.name[locale],
    ...stamp,
    locale,
  });
}
