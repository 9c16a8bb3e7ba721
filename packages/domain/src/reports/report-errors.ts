import { DomainError } from '../shared/errors.js';

/** A report period that ends before it starts or is longer than a report covers. */
export class ReportPeriodError extends DomainError {
  readonly code = 'report_period_invalid';
  constructor(
    readonly from: string,
    readonly to: string,
    readonly maxDays: number,
  ) {
    super(`the period ${from} … ${to} must not end before it starts nor span more than ${maxDays} days`);
  }
}
