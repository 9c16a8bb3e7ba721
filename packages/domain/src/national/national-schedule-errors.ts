import { DomainError } from '../shared/errors.js';

/** No schedule has been published for that year by the platform. */
export class NationalScheduleNotFoundError extends DomainError {
  readonly code = 'national_schedule_not_found';
  constructor(readonly year: number) {
    super(`no national schedule is published for ${year}`);
  }
}
