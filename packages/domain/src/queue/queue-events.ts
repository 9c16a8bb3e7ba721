import { z } from 'zod';
import { SlugSchema } from '../shared/primitives.js';

/**
 * Data of the queue's domain events (ids and facts only: never a phone). The subject is
 * `{kind: 'ticket', id: code}`; for `booking.checked-in` it is the booking.
 */
export const TicketEventDataSchema = z
  .object({
    hallId: SlugSchema,
    date: z.string(),
    number: z.string(),
    categoryId: SlugSchema,
    kind: z.enum(['walk-in', 'appointment']),
    priority: z.boolean(),
    status: z.string(),
    windowId: SlugSchema.optional(),
    windowIds: z.array(SlugSchema).optional(),
    bookingCode: z.string().optional(),
    calls: z.number().int().optional(),
    outcome: z.string().optional(),
  })
  .meta({ id: 'TicketEventData' });
export type TicketEventData = z.infer<typeof TicketEventDataSchema>;

/** Every event type the queue writes, by the action that writes it. */
export const QUEUE_EVENT_TYPES = {
  issued: 'ticket.issued',
  'checked-in': 'booking.checked-in',
  called: 'ticket.called',
  recalled: 'ticket.recalled',
  transferred: 'ticket.transferred',
  parked: 'ticket.parked',
  missed: 'ticket.missed',
  requeued: 'ticket.requeued',
  accepted: 'service-record.accepted',
  completed: 'service-record.completed',
  confirmed: 'service-record.confirmed',
} as const;
