import { SmsOutcomeUnknownError } from '@openhall/domain';

/** The most a provider call may take: the API function answers within 10 s. */
export const PROVIDER_TIMEOUT_MS = 4000;

export type Fetch = typeof globalThis.fetch;

/** An answer of a provider: its status and its body read as JSON (undefined when it is not JSON). */
export interface ProviderAnswer {
  status: number;
  body: unknown;
}

/**
 * Posts to a provider. A request that never got an answer (refused, reset, timed out) may still have
 * been taken, so it leaves as `SmsOutcomeUnknownError`; so does a 5xx answer.
 */
export async function postToProvider(
  provider: string,
  fetch: Fetch,
  url: string,
  init: { headers: Record<string, string>; body: string },
): Promise<ProviderAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
    });
  } catch (error) {
    throw new SmsOutcomeUnknownError(provider, 'no answer', { cause: error });
  }
  const text = await response.text().catch(() => '');
  if (response.status >= 500) throw new SmsOutcomeUnknownError(provider, `http ${response.status}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body };
}
