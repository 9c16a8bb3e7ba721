import { type StoredTicket, TicketSchema } from '@openhall/domain';
import { z } from 'zod';
import { StoredItemInvalidError } from '../table/errors.js';
import { ticketKey } from './queue-keys.js';

/** Tickets stay a year and a day after their day: the service records behind the reports. */
const RETENTION_SECONDS = 366 * 86_400;

export function ticketItem(stored: StoredTicket): Record<string, unknown> {
  const { ticket } = stored;
  return {
    ...ticketKey(ticket.tenantId, ticket),
    entity: 'Ticket',
    version: stored.version,
    ...(stored.phoneHash ? { phoneHash: stored.phoneHash } : {}),
    expiresAt: Math.floor(Date.parse(`${ticket.date}T00:00:00+08:00`) / 1000) + RETENTION_SECONDS,
    ...ticket,
  };
}

const MetaSchema = z.object({ version: z.number().int().min(1), phoneHash: z.string().optional() });

export function storedTicketOf(item: Record<string, unknown>): StoredTicket {
  const meta = MetaSchema.safeParse(item);
  const ticket = TicketSchema.safeParse(item);
  if (!meta.success) throw new StoredItemInvalidError('ticket', { cause: meta.error });
  if (!ticket.success) throw new StoredItemInvalidError('ticket', { cause: ticket.error });
  return {
    ticket: ticket.data,
    version: meta.data.version,
    ...(meta.data.phoneHash ? { phoneHash: meta.data.phoneHash } : {}),
  };
}
