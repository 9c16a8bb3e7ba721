import { type NotificationSettings, SMS_SIGNATURE } from '../notify/notification-settings.js';
import { DEFAULT_SMS_TEXTS, renderSmsTemplate } from '../notify/sms-templates.js';
import type { SmsMessage } from '../ports/notifier.js';

export { SMS_SIGNATURE };

/**
 * The text a phone would show for a message: the tenant's approved zh text (or the product's default)
 * filled with the message's parameters, after the tenant's signature.
 * @example smsText({ templateKey: 'verification-code', params: { code: '123456', minutes: '5' } })
 * // '【不打烊】您的验证码是 123456，5分钟内有效。'
 */
export function smsText(
  message: Pick<SmsMessage, 'templateKey' | 'params'>,
  settings?: Pick<NotificationSettings, 'signName' | 'texts'>,
): string {
  const text = settings?.texts[message.templateKey] ?? DEFAULT_SMS_TEXTS[message.templateKey];
  return `【${settings?.signName ?? SMS_SIGNATURE}】${renderSmsTemplate(text, message.params)}`;
}
