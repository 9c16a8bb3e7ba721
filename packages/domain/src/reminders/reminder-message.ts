import type { StoredBooking } from '../ports/booking-store.js';
import type { SmsMessage } from '../ports/notifier.js';
import { parseShanghaiIso } from '../shared/shanghai-time.js';
import type { ReminderTemplateKey } from './reminder-rule.js';

/** The reminder's idempotency key: one per booking, rule and start, so a second firing sends nothing. */
export function reminderKey(code: string, ruleId: string, start: string): string {
  return `${code}.${ruleId}.${start.slice(0, 16)}`;
}

/**
 * The reminder SMS of a booking from its notice snapshot (what the applicant was told): matter,
 * time (12月1日 10:00), hall and window, and the code, in the template its rule names
 * (`reminderTemplateOf`).
 */
export function reminderSms(
  stored: StoredBooking,
  rule: { id: string; templateKey: ReminderTemplateKey },
): SmsMessage {
  const ruleId = rule.id;
  const { booking, notice } = stored;
  const { date, time } = parseShanghaiIso(booking.start);
  const [, month, day] = date.split('-').map(Number);
  const window = notice.windows.find((w) => w.id === booking.windowId);
  const place = `${notice.hall.name.zh}${window ? ` ${window.code} 窗口` : ''}`;
  return {
    tenantId: booking.tenantId,
    templateKey: rule.templateKey,
    params: {
      matter: notice.matter.name.zh,
      hall: place,
      time: `${month}月${day}日 ${time}`,
      bookingCode: booking.code,
    },
    idempotencyKey: `reminder.${booking.tenantId}.${reminderKey(booking.code, ruleId, booking.start)}`,
    phone: booking.applicant.phone,
  };
}
