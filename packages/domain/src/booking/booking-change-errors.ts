import { DomainError } from '../shared/errors.js';
import type { FieldError } from '../shared/field-error.js';

/** Input that passed the schema but not the tenant's configuration, e.g. a start between slots. */
export class InvalidBookingInputError extends DomainError {
  readonly code = 'validation_failed';
  constructor(readonly errors: FieldError[]) {
    super('Some fields in the request body are not valid.');
  }
}

/** The booking is cancelled, done or missed: it cannot be changed any more. */
export class BookingNotActiveError extends DomainError {
  readonly code = 'booking_not_active';
  constructor(readonly bookingStatus: string) {
    super(`the booking is ${bookingStatus} and can no longer be changed`);
  }
}

/** Other requests kept winning the same slot for every attempt; nothing was written, retry shortly. */
export class BookingBusyError extends DomainError {
  readonly code = 'booking_busy';
  readonly retryAfterSeconds = 1;
  constructor() {
    super('the slot is in high demand right now: nothing was booked, please retry');
  }
}
