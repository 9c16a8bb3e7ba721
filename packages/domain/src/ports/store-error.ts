import { DomainError } from '../shared/errors.js';

/** Base of the failures a store adapter raises for reasons other than the data itself. */
export abstract class StoreError extends DomainError {
  /** The store was only busy or briefly away: the same request may well succeed in a moment. */
  abstract readonly transient: boolean;
}

/** The store did not answer in time, or answered a health check with a failure: try again shortly. */
export class StoreUnavailableError extends StoreError {
  readonly code = 'store_unavailable';
  readonly transient = true;
  constructor(options?: { cause: unknown }) {
    super('the data store did not answer in time', options);
  }
}
