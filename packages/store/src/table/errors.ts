import { DomainError } from '@openhall/domain';

/** A configuration too big for one DynamoDB item (400 KB), refused before writing. */
export class ConfigTooLargeError extends DomainError {
  readonly code = 'config_too_large';
  readonly status = 413;
  constructor(
    readonly sizeBytes: number,
    readonly limitBytes: number,
  ) {
    super(`the configuration takes ${sizeBytes} bytes as stored; at most ${limitBytes} fit one version`);
  }
}

/** The body names another tenant than the one being written (the tenant comes from the principal). */
export class TenantMismatchError extends DomainError {
  readonly code = 'tenant_mismatch';
  readonly status = 422;
  constructor(
    readonly tenantId: string,
    readonly configTenantId: string,
  ) {
    super(`the configuration is for tenant "${configTenantId}" but is being saved for "${tenantId}"`);
  }
}

/** An item read back no longer matches its schema (hand-edited data or a missed migration). */
export class StoredItemInvalidError extends DomainError {
  readonly code = 'stored_item_invalid';
  readonly status = 500;
  constructor(what: string, options: { cause: unknown }) {
    super(`stored ${what} does not match its schema`, options);
  }
}

/** Errors DynamoDB raises when it is busy; worth a retry by the caller, hence 503. */
const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
]);

/** DynamoDB failed for a reason other than a version conflict; the SDK error is the `cause`. */
export class StoreFailureError extends DomainError {
  readonly code = 'store_failure';
  readonly status: number;
  constructor(operation: string, options: { cause: unknown }) {
    const name = options.cause instanceof Error ? options.cause.name : 'unknown error';
    super(`${operation} failed: ${name}`, options);
    this.status = TRANSIENT.has(name) ? 503 : 500;
  }
}
