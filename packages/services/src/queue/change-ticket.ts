import {
  acceptTicket,
  type Booking,
  type CommitmentInput,
  ConfirmationRefusedError,
  completeTicket,
  confirmTicket,
  hallDay,
  missTicket,
  NotFoundError,
  NotYourWindowError,
  parkTicket,
  QueueBusyError,
  recallTicket,
  requeueTicket,
  type ServiceOutcome,
  type StoredBooking,
  type StoredTicket,
  serviceFlags,
  signCommitment,
  type TenantConfig,
  type Ticket,
  type TicketAction,
  type TicketBookingChange,
  toShanghaiIso,
  toShanghaiMinuteIso,
  transferTicket,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { assertServes, commitmentSignedEvent, hallQueue, ticketEvent, windowOf } from './queue-context.js';
import type { QueueDeps, StaffActor } from './queue-deps.js';

/** What a window does to a ticket it holds. */
export type TicketCommand =
  | { action: 'recall' }
  | { action: 'miss' }
  | { action: 'accept'; matterId?: string | undefined; commitment?: CommitmentInput | undefined }
  | { action: 'complete'; outcome: ServiceOutcome; handler2?: string | undefined }
  | { action: 'park'; note?: string | undefined }
  | { action: 'requeue' }
  | { action: 'transfer'; windowId: string };

export type TicketCommandName = TicketCommand['action'];

const ACTION_OF: Record<TicketCommandName, TicketAction> = {
  recall: 'recalled',
  miss: 'missed',
  accept: 'accepted',
  complete: 'completed',
  park: 'parked',
  requeue: 'requeued',
  transfer: 'transferred',
};

async function ticketOf(deps: QueueDeps, tenantId: string, code: string): Promise<StoredTicket> {
  const stored = await deps.queueStore.getTicket(tenantId, code);
  if (!stored) throw new NotFoundError(`ticket "${code}"`, 'ticket_not_found');
  return stored;
}

/** The window acting on the ticket must be the one holding it (or, for a queued one, one that may call it). */
function assertHolds(config: TenantConfig, actor: StaffActor, ticket: Ticket): void {
  const windows = ticket.windowId && ticket.status !== 'queued' ? [ticket.windowId] : ticket.windowIds;
  const errors: unknown[] = [];
  for (const w of windows) {
    try {
      assertServes(config, actor, w);
      return;
    } catch (error) {
      errors.push(error);
    }
  }
  throw errors[0] ?? new NotYourWindowError(ticket.windowId ?? '');
}

/** The booking finished with its appointment ticket. */
function completedBooking(before: StoredBooking, actor: string, now: Date): TicketBookingChange {
  const minute = toShanghaiMinuteIso(now);
  const after: Booking = {
    ...before.booking,
    status: 'completed',
    updatedAt: minute,
    history: [...before.booking.history, { at: minute, action: 'completed', actor }],
  };
  return { before, after };
}

function applied(
  config: TenantConfig,
  ticket: Ticket,
  command: TicketCommand,
  actor: string,
  now: Date,
): Ticket {
  const { rules } = hallQueue(config, ticket.hallId);
  const act = { actor, now };
  switch (command.action) {
    case 'recall':
      return recallTicket(ticket, rules, act);
    case 'miss':
      return missTicket(ticket, rules, act);
    case 'accept': {
      const matterId = ticket.matterId ?? command.matterId;
      const matter = config.matters.find((m) => m.id === matterId);
      if (matterId && !matter) throw new NotFoundError(`matter "${matterId}"`, 'matter_not_found');
      const accepted = acceptTicket(ticket, matter, act);
      if (!command.commitment) return accepted;
      // 承诺办理: the signed commitment is part of the record accepted on it.
      const commitment = signCommitment(matter, command.commitment, { now, by: actor });
      return { ...accepted, record: { ...accepted.record, commitment } };
    }
    case 'complete': {
      const done = completeTicket(ticket, command, act);
      const hall = config.halls.find((h) => h.id === ticket.hallId)!;
      const from = done.record.acceptedAt ?? done.record.calledAt ?? toShanghaiIso(now);
      const flags = serviceFlags(
        hall,
        hallDay(config, ticket.hallId, ticket.date),
        { from, to: done.record.completedAt! },
        ticket.kind === 'appointment',
      );
      return { ...done, record: { ...done.record, flags } };
    }
    case 'park':
      return parkTicket(ticket, command.note, act);
    case 'requeue':
      return requeueTicket(ticket, act);
    case 'transfer': {
      const target = windowOf(config, command.windowId);
      if (target.hallId !== ticket.hallId)
        throw new NotFoundError(`window "${command.windowId}" in this hall`, 'window_not_found');
      const category =
        hallQueue(config, ticket.hallId).categories.find((c) => c.windowIds.includes(target.id))?.id ??
        ticket.categoryId;
      return transferTicket(ticket, { categoryId: category, windowIds: [target.id] }, act);
    }
  }
}

/**
 * A window's action on a ticket: recall, missed, accept (受理), complete (办结 with its outcome and
 * flags), park, requeue, transfer (首问负责 hand-over). Written over the version read; a ticket that
 * changed meanwhile is read again and the action checked against its new state.
 */
export async function changeTicket(
  deps: QueueDeps,
  tenantId: string,
  code: string,
  command: TicketCommand,
  actor: StaffActor,
): Promise<StoredTicket> {
  const config = await tenantConfigOf(deps, tenantId);
  for (let attempt = 0; attempt < 4; attempt++) {
    const now = deps.now();
    const before = await ticketOf(deps, tenantId, code);
    assertHolds(config, actor, before.ticket);
    const ticket = applied(config, before.ticket, command, actor.staffId, now);
    const after: StoredTicket = { ...before, ticket, version: before.version + 1 };
    let booking: TicketBookingChange | undefined;
    if (command.action === 'complete' && ticket.bookingCode) {
      const stored = await deps.bookingStore.getBooking(tenantId, ticket.bookingCode);
      if (stored?.booking.status === 'checked-in') booking = completedBooking(stored, actor.staffId, now);
    }
    const action = ACTION_OF[command.action];
    const events = [
      ticketEvent(
        action,
        after,
        actor.staffId,
        now,
        command.action === 'complete' ? { outcome: command.outcome.kind } : {},
        config,
      ),
      ...(command.action === 'accept' && ticket.record.commitment
        ? [commitmentSignedEvent(after, actor.staffId, now)]
        : []),
    ];
    const outcome = await deps.queueStore.saveTicket({
      ticket: after,
      expectedVersion: before.version,
      events,
      ...(booking ? { booking } : {}),
    });
    if (outcome === 'saved') return after;
  }
  throw new QueueBusyError();
}

/** The applicant confirms the service record on their phone with the ticket (or booking) code. */
export async function confirmService(deps: QueueDeps, tenantId: string, code: string): Promise<StoredTicket> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const now = deps.now();
    const before = await ticketOf(deps, tenantId, code);
    if (before.ticket.record.confirmedAt) throw new ConfirmationRefusedError('already-confirmed');
    if (before.ticket.status !== 'finished') throw new ConfirmationRefusedError('not-finished');
    const after: StoredTicket = {
      ...before,
      ticket: confirmTicket(before.ticket, now),
      version: before.version + 1,
    };
    const outcome = await deps.queueStore.saveTicket({
      ticket: after,
      expectedVersion: before.version,
      events: [ticketEvent('confirmed', after, 'citizen', now)],
    });
    if (outcome === 'saved') return after;
  }
  throw new QueueBusyError();
}

export { ticketOf };
