import { z } from 'zod';
import { toShanghaiIso } from '../shared/shanghai-time.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { type BookingNoticeSnapshot, BookingNoticeSnapshotSchema } from './booking-notice-snapshot.js';
import { type Booking, ShanghaiDateTimeSchema } from './booking-schemas.js';

/**
 * 一次告知 one-time notice: everything the applicant needs to come once and be served: every
 * material of the matter, where to go (windows, floor, hall address and phone), and until when the
 * booking can still be changed.
 */
export const BookingNoticeSchema = BookingNoticeSnapshotSchema.extend({
  /** The last moment the citizen may reschedule or cancel. */
  changeUntil: ShanghaiDateTimeSchema,
  /** Arriving later than this is followed up; giving up closes the booking. */
  lateLimitMinutes: z.number().int(),
}).meta({ id: 'BookingNotice' });
export type BookingNotice = z.infer<typeof BookingNoticeSchema>;

/** An id stands in for a name the configuration no longer has (a matter or hall since removed). */
function named(id: string) {
  return { zh: id, en: id };
}

/**
 * What the notice promises, from the configuration as it is now: taken when a booking is made or
 * moved and kept with the booking, so a later edit of the materials or windows does not change
 * what this applicant was told.
 */
export function noticeSnapshot(
  config: TenantConfig,
  booking: Pick<Booking, 'matterId' | 'hallId' | 'windowIds'>,
): BookingNoticeSnapshot {
  const matter = config.matters.find((m) => m.id === booking.matterId);
  const hall = config.halls.find((h) => h.id === booking.hallId);
  const windows = booking.windowIds.flatMap((id) => config.windows.filter((w) => w.id === id));
  return {
    tenant: { id: config.tenant.id, name: config.tenant.name, servicePhone: config.tenant.phones.service },
    matter: {
      id: booking.matterId,
      name: matter?.name ?? named(booking.matterId),
      materials: matter?.materials ?? [],
    },
    hall: {
      id: booking.hallId,
      name: hall?.name ?? named(booking.hallId),
      address: hall?.address ?? named(booking.hallId),
      ...(hall?.phone ? { phone: hall.phone } : {}),
    },
    windows: windows.map((w) => ({
      id: w.id,
      code: w.code,
      name: w.name,
      ...(w.floor === undefined ? {} : { floor: w.floor }),
    })),
  };
}

/**
 * The notice of a booking: what it was told when booked or last moved (`snapshot`), with the change
 * deadline and late limit of the policy in force now, since those are the rules that will be
 * applied to it.
 */
export function bookingNotice(
  config: TenantConfig,
  booking: Pick<Booking, 'start'>,
  snapshot: BookingNoticeSnapshot,
): BookingNotice {
  const cutoff = config.bookingPolicy.changeCutoffMinutes * 60_000;
  return {
    ...snapshot,
    changeUntil: toShanghaiIso(new Date(Date.parse(booking.start) - cutoff)),
    lateLimitMinutes: config.bookingPolicy.lateLimitMinutes,
  };
}
