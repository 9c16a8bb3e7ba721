import { isMobilePhone, normaliseBookingCode, normalisePhone } from '@openhall/domain';
import { type FormBody, formText } from '../book/booking-form.js';

/** A booking code and phone as posted, checked before any lookup. */
export type Credentials =
  | { ok: true; code: string; phone: string }
  | { ok: false; typedCode: string; typedPhone: string; wrong: { code?: true; phone?: true } };

export function readCredentials(body: FormBody): Credentials {
  const typedCode = formText(body, 'code', 40);
  const typedPhone = formText(body, 'phone', 40);
  const code = normaliseBookingCode(typedCode);
  const phoneOk = isMobilePhone(typedPhone);
  if (code && phoneOk) return { ok: true, code, phone: normalisePhone(typedPhone) };
  return {
    ok: false,
    typedCode,
    typedPhone,
    wrong: { ...(code ? {} : { code: true }), ...(phoneOk ? {} : { phone: true }) },
  };
}
