/**
 * Base of every named domain error. `code` is the stable code clients see; the fields of a subclass
 * say what went wrong. How an adapter answers it (an HTTP status, a page) is the adapter's business.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Someone else changed the data since it was read (optimistic version check). */
export class VersionConflictError extends DomainError {
  readonly code = 'version_conflict';
  constructor(
    readonly expected: number | undefined,
    readonly actual: number | undefined,
  ) {
    super(`expected version ${expected ?? 'none'} but the stored version is ${actual ?? 'none'}`);
  }
}

/** Something named is not there; `code` says what, e.g. `tenant_not_found`. */
export class NotFoundError extends DomainError {
  readonly code: string;
  constructor(what: string, code = 'not_found') {
    super(`${what} not found`);
    this.code = code;
  }
}
