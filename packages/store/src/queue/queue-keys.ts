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

/**
 * Sort-key prefix of what a hall-day has live: the open tickets' copies and the served counters,
 * bounded by the people waiting and the hall's categories and windows, never by the tickets served.
 * The window's screen and the kiosk read it with one Query.
 */
export const LIVE_SK_PREFIX = 'LIVE#';

/** Sort-key prefix of the open tickets' copies: what call-next and the board read. */
export const OPEN_SK_PREFIX = `${LIVE_SK_PREFIX}OPEN#`;

/** Statuses a ticket is open in: waiting, called, being served, or parked for papers. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(['queued', 'called', 'serving', 'parked']);

/**
 * The copy of an open ticket in the hall-day's partition (sk `LIVE#OPEN#{code}`), written and removed in
 * the same transactions as the ticket, so the open queue is one Query of open tickets only.
 */
export function openTicketKey(tenantId: string, t: { hallId: string; date: string; code: string }): TableKey {
  return {
    pk: queuePk(tenantId, t.hallId, t.date),
    sk: `${OPEN_SK_PREFIX}${keyPart(t.code, 'ticket code')}`,
  };
}

/** Sort-key prefix of the day's first calls, newest last: the priority ratio reads the last few. */
export const CALL_SK_PREFIX = 'CALL#';

/** One first call: `CALL#{calledAt}#{number}#{code}`, so a descending Query gives the latest first. */
export function firstCallKey(
  tenantId: string,
  t: { hallId: string; date: string; code: string; number: string },
  calledAt: string,
): TableKey {
  return {
    pk: queuePk(tenantId, t.hallId, t.date),
    sk: `${CALL_SK_PREFIX}${keyPart(calledAt, 'call time')}#${keyPart(t.number, 'ticket number')}#${keyPart(t.code, 'ticket code')}`,
  };
}

/** Sort-key prefix of the day's served counters (per category and per window). */
export const SERVED_SK_PREFIX = `${LIVE_SK_PREFIX}SERVED#`;

/**
 * A category's services at one window (`…CATEGORY#{categoryId}#AT#{windowId}`; `#AT#-` without a
 * window): written in the completion's own transaction, and only one window's completions touch
 * it, so completions at two windows never conflict on it. The estimate adds them up per category.
 */
export function servedCategoryKey(
  tenantId: string,
  hallId: string,
  date: string,
  categoryId: string,
  windowId: string | undefined,
): TableKey {
  return {
    pk: queuePk(tenantId, hallId, date),
    sk: `${SERVED_SK_PREFIX}CATEGORY#${keyPart(categoryId, 'category id')}#AT#${windowId === undefined ? '-' : keyPart(windowId, 'window id')}`,
  };
}

export function servedWindowKey(tenantId: string, hallId: string, date: string, windowId: string): TableKey {
  return {
    pk: queuePk(tenantId, hallId, date),
    sk: `${SERVED_SK_PREFIX}WINDOW#${keyPart(windowId, 'window id')}`,
  };
}
