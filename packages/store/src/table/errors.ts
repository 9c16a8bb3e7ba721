import { DomainError, StoreError } from '@openhall/domain';

/** A configuration too big for one DynamoDB item (400 KB), refused before writing. */
export class ConfigTooLargeError extends DomainError {
  readonly code = 'config_too_large';
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
  constructor(what: string, options: { cause: unknown }) {
    super(`stored ${what} does not match its schema`, options);
  }
}

/** Errors DynamoDB raises when it is busy, and the SDK's name for a request that timed out. */
const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'AbortError',
]);

/** Network failures on the way to DynamoDB: refused, reset, unreachable or timed out. */
const TRANSIENT_NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** Whether an SDK error says DynamoDB was busy or out of reach, rather than refusing the request. */
export function isTransientStoreError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return TRANSIENT.has(error.name) || (typeof code === 'string' && TRANSIENT_NETWORK.has(code));
}

/** DynamoDB failed for a reason other than a version conflict; the SDK error is the `cause`. */
export class StoreFailureError extends StoreError {
  readonly code = 'store_failure';
  /** DynamoDB was busy or briefly down: the same request may well succeed in a moment. */
  readonly transient: boolean;
  constructor(operation: string, options: { cause: unknown }) {
    const name = options.cause instanceof Error ? options.cause.name : 'unknown error';
    super(`${operation} failed: ${name}`, options);
    this.transient = isTransientStoreError(options.cause);
  }
}
