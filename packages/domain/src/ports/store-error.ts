import { DomainError } from '../shared/errors.js';

/** Base of the failures a store adapter raises for reasons other than the data itself. */
export abstract class StoreError extends DomainError {
  /** The store was only busy or briefly away: the same request may well succeed in a moment. */
  abstract readonly transient: boolean;
}
