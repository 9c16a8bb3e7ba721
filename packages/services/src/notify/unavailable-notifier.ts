import { type Notifier, SmsUnavailableError } from '@openhall/domain';

/**
 * The notifier of a deployment without an SMS provider: every send is refused (`sms_unavailable`),
 * so a tenant asking for phone checks cannot take online bookings rather than take them unchecked.
 */
export class UnavailableNotifier implements Notifier {
  async sendSms(): Promise<void> {
    throw new SmsUnavailableError();
  }
}
