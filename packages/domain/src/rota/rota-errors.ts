import type { RotaAuditEntry } from '../ports/rota-store.js';
import { DomainError } from '../shared/errors.js';

/**
 * Someone saved the hall-day's rota since this writer read it: nothing is overwritten; the writer
 * sees who changed what in between and edits the current version.
 */
export class RotaStaleError extends DomainError {
  readonly code = 'version_conflict';
  constructor(
    readonly expectedVersion: number | undefined,
    readonly currentVersion: number | undefined,
    /** The versions saved in between, newest first. */
    readonly changedSince: readonly RotaAuditEntry[],
  ) {
    super(
      `the rota was changed since version ${expectedVersion ?? 'none'} (now ${currentVersion ?? 'none'}); reload and edit again`,
    );
  }
}

/**
 * Leave was taken from the person's time-off balance (another approval, at the same moment) since
 * this writer read it: nothing was saved, and the leave is decided again on the balance as it is.
 */
export class TimeOffBalanceChangedError extends DomainError {
  readonly code = 'time_off_changed';
  constructor(readonly staffIds: readonly string[]) {
    super(`the time-off balance of ${staffIds.join(', ')} changed while the leave was saved; try again`);
  }
}

/**
 * A booking took a place at a window this rota save reduces after the save read the bookings: the
 * save did not land; it is decided again on the bookings as they are now.
 */
export class RotaPlacesChangedError extends DomainError {
  readonly code = 'rota_busy';
  constructor(readonly windowIds: readonly string[]) {
    super(`bookings changed at ${windowIds.join(', ') || 'a window'} while the rota was saved; try again`);
  }
}
