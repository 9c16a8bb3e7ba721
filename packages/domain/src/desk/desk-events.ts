import { z } from 'zod';
import type { Booking } from '../booking/booking-schemas.js';
import type { DomainEvent } from '../events/domain-event.js';
import { EVENT_CATALOGUE, isCatalogued } from '../events/event-catalogue.js';
import { toShanghaiIso } from '../shared/shanghai-time.js';

/** Event types of the desk's flow (ids and facts only: never a name, phone or organisation). */
export const DESK_EVENT_TYPES = [
  'booking.dispatched',
  'booking.signed-for',
  'booking.contacted',
  'booking.notice-sent',
  'booking.reconfirmed',
  'booking.change-requested',
  'booking.change-approved',
  'booking.change-rejected',
  'booking.no-show',
] as const;
export type DeskEventType = (typeof DESK_EVENT_TYPES)[number];

/** The data of each event type, for the catalogue. */
export const DeskEventDataSchemas = {
  'booking.dispatched': z.object({
    code: z.string(),
    leadWindowId: z.string(),
    cooperatingWindowIds: z.array(z.string()),
  }),
  'booking.signed-for': z.object({ code: z.string(), windowId: z.string().optional() }),
  'booking.contacted': z.object({ code: z.string(), reached: z.boolean(), late: z.boolean() }),
  'booking.notice-sent': z.object({ code: z.string(), materialCount: z.number().int() }),
  'booking.reconfirmed': z.object({ code: z.string(), start: z.string() }),
  'booking.change-requested': z.object({
    code: z.string(),
    kind: z.enum(['reschedule', 'cancel']),
    forceMajeure: z.boolean(),
    start: z.string().optional(),
  }),
  'booking.change-approved': z.object({
    code: z.string(),
    kind: z.enum(['reschedule', 'cancel']),
    forceMajeure: z.boolean(),
    start: z.string(),
  }),
  'booking.change-rejected': z.object({
    code: z.string(),
    kind: z.enum(['reschedule', 'cancel']),
    forceMajeure: z.boolean(),
    start: z.string(),
  }),
  'booking.no-show': z.object({
    code: z.string(),
    matterId: z.string(),
    departmentId: z.string().optional(),
    hallId: z.string(),
    windowId: z.string(),
    start: z.string(),
    end: z.string(),
    gaveUp: z.boolean(),
  }),
} satisfies Record<DeskEventType, z.ZodType>;

/** The envelope of a booking event of the desk's flow. */
export function deskEvent(q: {
  eventId: string;
  type: string;
  booking: Pick<Booking, 'tenantId' | 'code'>;
  actor: string;
  now: Date;
  data: Record<string, unknown>;
}): DomainEvent {
  return {
    eventId: q.eventId,
    type: q.type,
    version: isCatalogued(q.type) ? EVENT_CATALOGUE[q.type].version : 1,
    tenantId: q.booking.tenantId,
    occurredAt: toShanghaiIso(q.now),
    actor: q.actor.slice(0, 64),
    subject: { kind: 'booking', id: q.booking.code },
    data: q.data,
  };
}
