import type { StrandedBooking } from '../booking/stranded-bookings.js';
import { DomainError } from '../shared/errors.js';
import type { FieldError } from '../shared/field-error.js';

/** The writer edited a version that is no longer the current one; `currentVersion` is. */
export class StaleVersionError extends DomainError {
  readonly code = 'version_conflict';
  constructor(
    readonly editedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`You edited version ${editedVersion}; the current version is ${currentVersion}.`);
  }
}

/** A whole-document write must name the version it replaces, so it cannot undo an unseen change. */
export class IfMatchRequiredError extends DomainError {
  readonly code = 'if_match_required';
  constructor() {
    super('Send If-Match with the ETag of the version you edited.');
  }
}

/** The configuration a change would leave is not valid; `errors` lists every field. */
export class InvalidConfigError extends DomainError {
  readonly code = 'validation_failed';
  constructor(
    message: string,
    readonly errors: FieldError[],
  ) {
    super(message);
  }
}

/** An item's id in the body is not the id it is written under. */
export class IdMismatchError extends DomainError {
  readonly code = 'id_mismatch';
  constructor(
    readonly bodyId: string,
    readonly pathId: string,
  ) {
    super(`The body's id "${bodyId}" differs from the path's "${pathId}".`);
  }
}

/** No override on that date (for that hall, or for all halls without one). */
export class OverrideNotFoundError extends DomainError {
  readonly code = 'override_not_found';
  constructor(
    readonly date: string,
    readonly hallId: string | undefined,
  ) {
    super(`no override on ${date}${hallId ? ` for ${hallId}` : ''}`);
  }
}

/**
 * A configuration change would leave active bookings without a place; the admin confirms it (and
 * the bookings are marked for the section manager) or changes course.
 */
export class BookingsStrandedError extends DomainError {
  readonly code = 'bookings_stranded';
  constructor(readonly stranded: readonly StrandedBooking[]) {
    super(
      `the change would strand ${stranded.length} active booking(s); confirm with X-Confirm-Stranded: true to save it and mark them`,
    );
  }
}
