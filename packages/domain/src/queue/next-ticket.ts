import type { HallQueueRules } from './hall-queue.js';
import type { Ticket } from './ticket.js';

const MINUTE = 60_000;

/** When a queued ticket may be called: an appointment shortly before its time, a requeued one after the cool-down. */
export function callableFrom(ticket: Ticket, rules: HallQueueRules): number {
  let from = Date.parse(ticket.arrivedAt);
  if (ticket.kind === 'appointment' && ticket.appointmentAt)
    from = Math.max(from, Date.parse(ticket.appointmentAt) - rules.appointmentCallableMinutesBefore * MINUTE);
  if (ticket.requeuedAt)
    from = Math.max(from, Date.parse(ticket.requeuedAt) + rules.recallCooldownMinutes * MINUTE);
  return from;
}

/** Where a normal ticket stands: an appointment at its time, a walk-in at its arrival. */
function standing(ticket: Ticket): number {
  return ticket.kind === 'appointment' && ticket.appointmentAt
    ? Date.parse(ticket.appointmentAt)
    : Date.parse(ticket.arrivedAt);
}

function byStanding(a: Ticket, b: Ticket): number {
  return (
    standing(a) - standing(b) ||
    // At the same moment an appointment goes first; then the earlier number.
    (a.kind === b.kind ? 0 : a.kind === 'appointment' ? -1 : 1) ||
    Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt) ||
    (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)
  );
}

/**
 * Every ticket `windowId` may call at `now`, in the order it would call them (ZMS): priority tickets
 * first (or, with a ratio, at most `priority` of them in a row while normal ones wait); among the
 * rest, an appointment stands at its time and a walk-in at its arrival, so an appointment goes ahead
 * of walk-ins who came after its time and behind those who came before. `queue` is the whole
 * hall-day, whose calls so far decide where the ratio stands; or, when `recent` is given (the
 * hall-day's latest first calls, newest first, as a store keeps them), the open tickets only.
 */
export function callOrder(
  queue: readonly Ticket[],
  windowId: string,
  rules: HallQueueRules,
  now: Date,
  recent?: readonly { calledAt: string; number: string; priority: boolean }[],
): Ticket[] {
  const t = now.getTime();
  const callable = queue.filter(
    (q) => q.status === 'queued' && q.windowIds.includes(windowId) && callableFrom(q, rules) <= t,
  );
  const priority = callable.filter((q) => q.priority).sort(byStanding);
  const normal = callable.filter((q) => !q.priority).sort(byStanding);
  if (!rules.priorityRatio || priority.length === 0 || normal.length === 0) return [...priority, ...normal];
  // Priority tickets among the hall's last (priority + normal - 1) first calls: a cycle of
  // priority + normal calls holds at most `priority` priority ones (2:1 → P P N P P N).
  const { priority: p, normal: n } = rules.priorityRatio;
  const calls =
    recent ??
    queue
      .filter((q) => q.record.calledAt !== undefined)
      .map((q) => ({ calledAt: q.record.calledAt!, number: q.number, priority: q.priority }));
  const last = [...calls]
    .sort((a, b) => Date.parse(b.calledAt) - Date.parse(a.calledAt) || (a.number < b.number ? 1 : -1))
    .slice(0, p + n - 1);
  const run = last.filter((q) => q.priority).length;
  return run >= p ? [...normal, ...priority] : [...priority, ...normal];
}

/** The ticket `windowId` calls next at `now`, or undefined when nothing it serves is callable. */
export function nextTicket(
  queue: readonly Ticket[],
  windowId: string,
  rules: HallQueueRules,
  now: Date,
  recent?: readonly { calledAt: string; number: string; priority: boolean }[],
): Ticket | undefined {
  return callOrder(queue, windowId, rules, now, recent)[0];
}
