/**
 * An error the HTTP layer raises itself, about the request rather than the domain (a token, a
 * header), so it carries its status; domain errors get theirs from `error-problem.ts`.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
