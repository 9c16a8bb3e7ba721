import type { SmsMessage, SmsTemplateKey } from '../ports/notifier.js';

/** The product's SMS signature (签名), as a provider shows it before the text. */
export const SMS_SIGNATURE = '不打烊';

const TEMPLATES: Record<SmsTemplateKey, (p: Readonly<Record<string, string>>) => string> = {
  'verification-code': (p) => `您的验证码是 ${p.code}，${p.minutes}分钟内有效。`,
  'booking-reminder': (p) =>
    `预约提醒：您预约的“${p.matter}”将于${p.time}在${p.place}办理，预约码 ${p.code}，请按时到达并带齐材料。`,
};

/**
 * The text a phone would show for a message, as the approved template renders it.
 * @example smsText({ templateKey: 'verification-code', params: { code: '123456', minutes: '5' } })
 * // '【不打烊】您的验证码是 123456，5分钟内有效。'
 */
export function smsText(message: Pick<SmsMessage, 'templateKey' | 'params'>): string {
  return `【${SMS_SIGNATURE}】${TEMPLATES[message.templateKey](message.params)}`;
}
