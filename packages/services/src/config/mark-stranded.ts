import {
  type BookingStore,
  isActiveBooking,
  type StrandedBooking,
  toShanghaiMinuteIso,
} from '@openhall/domain';
import { withChange } from '../booking/booking-change.js';

/** Attempts per booking when it changes under the write (a citizen moving or cancelling it). */
const ATTEMPTS = 3;

export interface MarkStrandedRequest {
  tenantId: string;
  stranded: readonly StrandedBooking[];
  /** The admin who confirmed the change. */
  actor: string;
  /** The version the confirmed change was saved as. */
  configVersion: number;
  now: Date;
}

/**
 * Marks each stranded booking (`stranded` with reason, who, when and the configuration version, and
 * a history entry), for the section manager to move or cancel with the applicant told. A booking
 * that meanwhile stopped being active, or was marked already, is left as it is. Answers the codes
 * marked.
 */
export async function markStranded(
  ports: { bookingStore: BookingStore },
  request: MarkStrandedRequest,
): Promise<string[]> {
  const { tenantId, actor, configVersion, now } = request;
  const marked: string[] = [];
  for (const s of request.stranded) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const before = await ports.bookingStore.getBooking(tenantId, s.code);
      if (!before || !isActiveBooking(before.booking, now) || before.booking.stranded) break;
      const after = {
        ...withChange(before.booking, now, actor, { action: 'stranded', reason: s.reason }),
        stranded: { reason: s.reason, at: toShanghaiMinuteIso(now), by: actor, configVersion },
      };
      if ((await ports.bookingStore.markStranded({ before, after })) === 'marked') {
        marked.push(s.code);
        break;
      }
    }
  }
  return marked;
}
