import { DomainError } from '../shared/errors.js';
import type { TicketStatus } from './ticket.js';

/** The action is not allowed from the ticket's status (e.g. accepting a ticket nobody called). */
export class TicketStateError extends DomainError {
  readonly code = 'ticket_state_invalid';
  constructor(
    readonly action: string,
    readonly status: TicketStatus,
  ) {
    super(`cannot ${action} a ticket that is ${status}`);
  }
}

/** Missed may be marked only after the hall's number of calls; recall stops there. */
export class TicketCallsError extends DomainError {
  readonly code: 'max_calls_reached' | 'too_few_calls';
  constructor(
    readonly calls: number,
    readonly maxCalls: number,
  ) {
    const reached = calls >= maxCalls;
    super(
      reached
        ? `called ${calls} times already (at most ${maxCalls}): mark it missed or requeue it`
        : `called ${calls} of ${maxCalls} times: call it again before marking it missed`,
    );
    this.code = reached ? 'max_calls_reached' : 'too_few_calls';
  }
}

/** Nothing this window serves is callable now. */
export class QueueEmptyError extends DomainError {
  readonly code = 'queue_empty';
  constructor(readonly windowId: string) {
    super(`no ticket for window "${windowId}" is callable now`);
  }
}

/** The staff member does not serve at this window (or the ticket is not at their window). */
export class NotYourWindowError extends DomainError {
  readonly code = 'not_your_window';
  constructor(readonly windowId: string) {
    super(`you do not serve at window "${windowId}"`);
  }
}

/** The booking cannot be checked in: wrong status, another day or another hall. */
export class CheckInRefusedError extends DomainError {
  readonly code = 'check_in_refused';
  constructor(readonly reason: 'not-booked' | 'other-day' | 'other-hall') {
    super(`the booking cannot be checked in here now (${reason})`);
  }
}

/** Too many windows raced for the same tickets; the caller may try again in a moment. */
export class QueueBusyError extends DomainError {
  readonly code = 'queue_busy';
  readonly retryAfterSeconds = 1;
  constructor() {
    super('the queue changed under every attempt; try again');
  }
}

/** The confirmation was already given, or the service is not finished. */
export class ConfirmationRefusedError extends DomainError {
  readonly code = 'confirmation_refused';
  constructor(readonly reason: 'not-finished' | 'already-confirmed') {
    super(`the service cannot be confirmed (${reason})`);
  }
}
