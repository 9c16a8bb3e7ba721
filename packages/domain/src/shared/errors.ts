/** Base of every named domain error; `code` is the stable code the API answers with. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Someone else changed the data since it was read (optimistic version check). */
export class VersionConflictError extends DomainError {
  readonly code = 'version_conflict';
  readonly status = 409;
  constructor(
    readonly expected: number | undefined,
    readonly actual: number | undefined,
  ) {
    super(`expected version ${expected ?? 'none'} but the stored version is ${actual ?? 'none'}`);
  }
}

export class NotFoundError extends DomainError {
  readonly code: string;
  readonly status = 404;
  constructor(what: string, code = 'not_found') {
    super(`${what} not found`);
    this.code = code;
  }
}
