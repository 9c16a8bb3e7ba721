import type { SmsTemplateKey } from '../ports/notifier.js';
import { SmsParamsError } from './notify-errors.js';

/**
 * The named parameters each template takes, the only ones its text may name. Values are short plain
 * facts (a matter's name, a time, a booking code), never a citizen's name or phone.
 */
export const SMS_TEMPLATE_PARAMS: Readonly<Record<SmsTemplateKey, readonly string[]>> = {
  'verification-code': ['code', 'minutes'],
  'booking-reminder-day-before': ['matter', 'hall', 'time', 'bookingCode'],
  'booking-reminder-hour-before': ['matter', 'hall', 'time', 'bookingCode'],
  'booking-late': ['matter', 'hall', 'time', 'minutes'],
  'overdue-digest': ['count', 'date'],
  /** To a section manager: a booking not checked in by its lateness check. */
  'staff-booking-late': ['bookingCode', 'window', 'time', 'minutes'],
};

/** The product's zh texts; a tenant overrides any of them with the text its provider approved. */
export const DEFAULT_SMS_TEXTS: Readonly<Record<SmsTemplateKey, string>> = {
  'verification-code': '您的验证码是 {code}，{minutes}分钟内有效。',
  'booking-reminder-day-before':
    '您预约的“{matter}”将于明天{time}在{hall}办理，预约号{bookingCode}，请携带所需材料按时到达。',
  'booking-reminder-hour-before':
    '您预约的“{matter}”将于{time}在{hall}办理，预约号{bookingCode}，请提前到达取号。',
  'booking-late':
    '您预约的“{matter}”（{time}，{hall}）已过预约时间，请在{minutes}分钟内到达，逾时预约将取消。',
  'overdue-digest': '截至{date}，共有{count}件事项已逾期，请在“我的提醒”中查看并督办。',
  'staff-booking-late': '预约{bookingCode}（{window}窗口，{time}）已迟到{minutes}分钟未签到，请联系申请人。',
};

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The parameter names a text uses, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Checks a message's parameters: every parameter its template takes, none other, none empty. A
 * provider would send a half-filled template, so a wrong call fails here, before anything is sent.
 */
export function assertSmsParams(templateKey: SmsTemplateKey, params: Readonly<Record<string, string>>): void {
  const wanted = SMS_TEMPLATE_PARAMS[templateKey];
  const missing = wanted.filter((name) => typeof params[name] !== 'string' || params[name] === '');
  const unknown = Object.keys(params).filter((name) => !wanted.includes(name));
  if (missing.length > 0 || unknown.length > 0) throw new SmsParamsError(templateKey, missing, unknown);
}

/**
 * Fills a text's `{name}` placeholders from the parameters.
 * @example renderSmsTemplate('验证码 {code}', { code: '123456' }) // '验证码 123456'
 */
export function renderSmsTemplate(text: string, params: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => params[name] ?? whole);
}
