/** What a lazily built app answers with: any Hono app. */
export interface FetchesRequests {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

/**
 * An app built by its first request: code and wiring that request needs are read then, not at start.
 * A failed load is tried again by the next request rather than remembered.
 */
export function lazily(
  load: () => Promise<FetchesRequests>,
): (request: Request, env: unknown) => Promise<Response> {
  let loaded: Promise<FetchesRequests> | undefined;
  return async (request, env) => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return (await loaded).fetch(request, env);
  };
}
