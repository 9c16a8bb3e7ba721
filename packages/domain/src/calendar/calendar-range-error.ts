import { DomainError } from '../shared/errors.js';

/** A date the calendar cannot answer for: malformed, a reversed range, or outside the lunar tables. */
export class CalendarRangeError extends DomainError {
  readonly code = 'calendar_out_of_range';
}
