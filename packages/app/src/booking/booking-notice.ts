import {
  type Booking,
  LocalizedTextSchema,
  ShanghaiDateTimeSchema,
  type TenantConfig,
  toShanghaiIso,
} from '@openhall/domain';
import { z } from 'zod';

/**
 * 一次告知 one-time notice: everything the applicant needs to come once and be served: every
 * material of the matter, where to go (windows, floor, hall address and phone), and until when the
 * booking can still be changed.
 */
export const BookingNoticeSchema = z
  .object({
    tenant: z.object({ id: z.string(), name: LocalizedTextSchema, servicePhone: z.string() }),
    matter: z.object({
      id: z.string(),
      name: LocalizedTextSchema,
      /** Every material to bring; nothing outside this list may be asked for later. */
      materials: z.array(LocalizedTextSchema),
    }),
    hall: z.object({
      id: z.string(),
      name: LocalizedTextSchema,
      address: LocalizedTextSchema,
      phone: z.string().optional(),
    }),
    windows: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: LocalizedTextSchema,
        floor: z.number().int().optional(),
      }),
    ),
    /** The last moment the citizen may reschedule or cancel. */
    changeUntil: ShanghaiDateTimeSchema,
    /** Arriving later than this is followed up; giving up closes the booking. */
    lateLimitMinutes: z.number().int(),
  })
  .meta({ id: 'BookingNotice' });
export type BookingNotice = z.infer<typeof BookingNoticeSchema>;

/** An id stands in for a name the configuration no longer has (a matter or hall since removed). */
function named(id: string) {
  return { zh: id, en: id };
}

/** The notice of a booking, from the tenant's current configuration. */
export function bookingNotice(
  config: TenantConfig,
  booking: Pick<Booking, 'matterId' | 'hallId' | 'windowIds' | 'start'>,
): BookingNotice {
  const matter = config.matters.find((m) => m.id === booking.matterId);
  const hall = config.halls.find((h) => h.id === booking.hallId);
  const windows = booking.windowIds.flatMap((id) => config.windows.filter((w) => w.id === id));
  const cutoff = config.bookingPolicy.changeCutoffMinutes * 60_000;
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
    changeUntil: toShanghaiIso(new Date(Date.parse(booking.start) - cutoff)),
    lateLimitMinutes: config.bookingPolicy.lateLimitMinutes,
  };
}
