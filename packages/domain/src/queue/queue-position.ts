import type { HallQueueRules } from './hall-queue.js';
import type { Ticket } from './ticket.js';

/**
 * Where a queued ticket stands among its category's waiting tickets (1 = next), and the estimated
 * wait: the people ahead times the minutes per person (the mean of today's finished services of the
 * category, else the hall's default), shared over the category's windows. With `served` (the
 * category's count and total service time as a store tallies them) `queue` may hold the open
 * tickets only.
 */
export function positionOf(
  queue: readonly Ticket[],
  ticket: Ticket,
  rules: HallQueueRules,
  served?: { count: number; serviceMs: number },
): { ahead: number; waitMinutes: number } {
  const waiting = queue.filter((q) => q.status === 'queued' && q.categoryId === ticket.categoryId);
  const key = (q: Ticket) => [q.priority ? 0 : 1, Date.parse(q.appointmentAt ?? q.arrivedAt)] as const;
  const [p, t] = key(ticket);
  const ahead = waiting.filter((q) => {
    if (q.code === ticket.code) return false;
    const [qp, qt] = key(q);
    return qp < p || (qp === p && qt < t);
  }).length;
  const done = queue.filter(
    (q) => q.categoryId === ticket.categoryId && q.record.acceptedAt && q.record.completedAt,
  );
  const tally = served ?? {
    count: done.length,
    serviceMs: done.reduce(
      (s, q) => s + (Date.parse(q.record.completedAt!) - Date.parse(q.record.acceptedAt!)),
      0,
    ),
  };
  const perPerson = tally.count === 0 ? rules.defaultServiceMinutes : tally.serviceMs / tally.count / 60_000;
  const windows = Math.max(1, ticket.windowIds.length);
  return { ahead, waitMinutes: Math.ceil((ahead * Math.max(1, perPerson)) / windows) };
}
