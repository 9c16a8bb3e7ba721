import { keyPart, type TableKey, tenantPk } from '../table/keys.js';

/** Sort-key prefix of the tickets in a hall-day's queue partition. */
export const TICKET_SK_PREFIX = 'TICKET#';

/**
 * Partition of one hall-day's queue: every ticket (sk `TICKET#{code}`) and the number counters of
 * its categories (sk `COUNTER#{categoryId}`), so a window's screen reads the queue with one Query.
 * @example queuePk('zibo', 'zibo-hall', '2026-12-01') // 'TENANT#zibo#QUEUE#zibo-hall#2026-12-01'
 */
export function queuePk(tenantId: string, hallId: string, date: string): string {
  return `${tenantPk(tenantId)}#QUEUE#${keyPart(hallId, 'hall id')}#${keyPart(date, 'date')}`;
}

export function ticketKey(tenantId: string, t: { hallId: string; date: string; code: string }): TableKey {
  return {
    pk: queuePk(tenantId, t.hallId, t.date),
    sk: `${TICKET_SK_PREFIX}${keyPart(t.code, 'ticket code')}`,
  };
}

export function counterKey(tenantId: string, hallId: string, date: string, categoryId: string): TableKey {
  return { pk: queuePk(tenantId, hallId, date), sk: `COUNTER#${keyPart(categoryId, 'category id')}` };
}

/** The pointer from a ticket's code to its hall-day, so the citizen's page finds it by code alone. */
export function ticketPointerKey(tenantId: string, code: string): TableKey {
  return { pk: `${tenantPk(tenantId)}#TICKET#${keyPart(code, 'ticket code')}`, sk: 'TICKET' };
}
