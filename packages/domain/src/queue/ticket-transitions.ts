import { toShanghaiIso } from '../shared/shanghai-time.js';
import type { HallQueueRules } from './hall-queue.js';
import { TicketCallsError, TicketStateError } from './queue-errors.js';
import type { ServiceOutcome, Ticket, TicketAction, TicketStatus } from './ticket.js';

/** Who acts and when: every change keeps both. */
export interface Act {
  actor: string;
  now: Date;
}

function expect(ticket: Ticket, action: string, ...allowed: TicketStatus[]): void {
  if (!allowed.includes(ticket.status)) throw new TicketStateError(action, ticket.status);
}

function changed(
  ticket: Ticket,
  act: Act,
  action: TicketAction,
  patch: Partial<Ticket>,
  extra: { windowId?: string; note?: string } = {},
): Ticket {
  return {
    ...ticket,
    ...patch,
    history: [...ticket.history, { at: toShanghaiIso(act.now), action, actor: act.actor, ...extra }],
  };
}

function withHandler(handlers: readonly string[], actor: string): string[] {
  return handlers.at(-1) === actor ? [...handlers] : [...handlers, actor];
}

/** 叫号: a window calls a queued ticket. The first call opens the service record. */
export function callTicket(ticket: Ticket, windowId: string, act: Act): Ticket {
  expect(ticket, 'call', 'queued');
  const at = toShanghaiIso(act.now);
  return changed(
    ticket,
    act,
    'called',
    {
      status: 'called',
      calls: ticket.calls + 1,
      lastCalledAt: at,
      windowId,
      record: { ...ticket.record, windowId, calledAt: ticket.record.calledAt ?? at },
    },
    { windowId },
  );
}

/** Calls the same ticket again (the board shows and speaks it again), up to the hall's maximum. */
export function recallTicket(ticket: Ticket, rules: HallQueueRules, act: Act): Ticket {
  expect(ticket, 'recall', 'called');
  if (ticket.calls >= rules.maxCalls) throw new TicketCallsError(ticket.calls, rules.maxCalls);
  return changed(
    ticket,
    act,
    'recalled',
    { calls: ticket.calls + 1, lastCalledAt: toShanghaiIso(act.now) },
    ticket.windowId ? { windowId: ticket.windowId } : {},
  );
}

/** No-show: only after the hall's number of calls. */
export function missTicket(ticket: Ticket, rules: HallQueueRules, act: Act): Ticket {
  expect(ticket, 'mark missed', 'called');
  if (ticket.calls < rules.maxCalls) throw new TicketCallsError(ticket.calls, rules.maxCalls);
  return changed(ticket, act, 'missed', { status: 'missed' });
}

/** The applicant came to the window: 受理 starts; the acceptance limit is measured from the first call. */
export function acceptTicket(
  ticket: Ticket,
  matter: { id: string; acceptanceMinutes: number; promisedDays: number | null } | undefined,
  act: Act,
): Ticket {
  expect(ticket, 'accept', 'called');
  const at = toShanghaiIso(act.now);
  const calledAt = ticket.record.calledAt ?? at;
  const waited = (act.now.getTime() - Date.parse(calledAt)) / 60_000;
  return changed(
    ticket,
    act,
    'accepted',
    {
      status: 'serving',
      handlers: withHandler(ticket.handlers, act.actor),
      record: {
        ...ticket.record,
        acceptedAt: at,
        handler1: ticket.record.handler1 ?? act.actor,
        ...(matter
          ? {
              matterId: matter.id,
              acceptanceMinutes: matter.acceptanceMinutes,
              acceptedInTime: waited <= matter.acceptanceMinutes,
              promisedDays: matter.promisedDays,
            }
          : {}),
      },
    },
    ticket.windowId ? { windowId: ticket.windowId } : {},
  );
}

/** 办结: the outcome and (optionally) the second handler; flags are added by the caller from the calendar. */
export function completeTicket(
  ticket: Ticket,
  input: { outcome: ServiceOutcome; handler2?: string | undefined },
  act: Act,
): Ticket {
  expect(ticket, 'complete', 'serving');
  return changed(
    ticket,
    act,
    'completed',
    {
      status: 'finished',
      record: {
        ...ticket.record,
        completedAt: toShanghaiIso(act.now),
        outcome: input.outcome,
        ...(input.handler2 ? { handler2: input.handler2 } : {}),
      },
    },
    ticket.windowId ? { windowId: ticket.windowId } : {},
  );
}

/** 挂起: "come back with the missing papers"; the ticket keeps its number and record. */
export function parkTicket(ticket: Ticket, note: string | undefined, act: Act): Ticket {
  expect(ticket, 'park', 'called', 'serving');
  return changed(
    ticket,
    act,
    'parked',
    { status: 'parked', ...(note ? { parkedNote: note } : {}) },
    note ? { note } : {},
  );
}

/** Back in the queue (a called ticket that stepped away, a parked one back with papers), with the cool-down. */
export function requeueTicket(ticket: Ticket, act: Act): Ticket {
  expect(ticket, 'requeue', 'called', 'parked', 'missed');
  return changed(ticket, act, 'requeued', { status: 'queued', requeuedAt: toShanghaiIso(act.now) });
}

/**
 * 首问负责 hand-over: to another window or category, keeping its number, arrival and record; the
 * staff member handing it over joins its handlers. The receiving window may call it at once.
 */
export function transferTicket(
  ticket: Ticket,
  to: { categoryId: string; windowIds: string[] },
  act: Act,
): Ticket {
  expect(ticket, 'transfer', 'called', 'serving', 'parked');
  const { requeuedAt: _, ...rest } = ticket;
  return changed(
    rest,
    act,
    'transferred',
    {
      status: 'queued',
      categoryId: to.categoryId,
      windowIds: to.windowIds,
      handlers: withHandler(ticket.handlers, act.actor),
    },
    { note: `→ ${to.windowIds.join(',')}` },
  );
}

/** The applicant confirms the service on their phone, once. */
export function confirmTicket(ticket: Ticket, now: Date): Ticket {
  expect(ticket, 'confirm', 'finished');
  return changed(ticket, { actor: 'citizen', now }, 'confirmed', {
    record: { ...ticket.record, confirmedAt: toShanghaiIso(now) },
  });
}
