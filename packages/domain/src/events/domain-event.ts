import { z } from 'zod';
import { SlugSchema } from '../shared/primitives.js';

/**
 * The envelope every domain event travels in: what happened (`type`, `version`), to whose data
 * (`tenantId`, `subject`), when and by whom. `data` holds ids and facts only, never a phone, name or
 * organisation: a consumer that needs one reads it from the item named by `subject`.
 *
 * An event is written in the same DynamoDB transaction as the change it describes (the outbox, see
 * `@openhall/store`'s `outboxPut`), so a committed change always has its event and a failed one
 * never does. `eventId` is unique; consumers keep it to ignore a redelivery.
 */
export const DomainEventSchema = z
  .object({
    eventId: z.string().min(8).max(64),
    /** Dotted name in the past tense, e.g. `booking.created`, `ticket.called`. */
    type: z.string().regex(/^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/),
    version: z.number().int().min(1),
    tenantId: SlugSchema,
    /** ISO 8601 with +08:00. */
    occurredAt: z.string(),
    /** Who did it: a staff id, `citizen`, or `system` for scheduled work. */
    actor: z.string().min(1).max(64),
    subject: z.object({ kind: z.string().min(1).max(32), id: z.string().min(1).max(128) }),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'DomainEvent' });
export type DomainEvent = z.infer<typeof DomainEventSchema>;
