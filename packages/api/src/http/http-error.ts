import { DomainError } from '@openhall/domain';

/** An error the HTTP layer raises itself (auth, headers, bodies); the domain has its own. */
export class HttpError extends DomainError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
