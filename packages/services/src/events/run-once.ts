import type { OnceStore } from '@openhall/domain';

/** Another attempt holds the claim: the caller is retried later (its lease runs out if it crashed). */
export class EffectBusyError extends Error {
  readonly code = 'effect_busy';
  constructor(scope: string, key: string) {
    super(`${scope} ${key} is being done by another attempt`);
  }
}

export interface RunOnceInput {
  tenantId: string;
  scope: string;
  key: string;
  now: Date;
  /** How long a claim holds before a crashed attempt's work may be tried again. */
  leaseSeconds?: number;
}

/**
 * Runs `effect` at most once per (tenant, scope, key) to completion: a completed key is skipped
 * (`done`), a failed attempt gives its claim back and rethrows (so a retry does it), and a claim
 * held by a live attempt is `EffectBusyError`. A crash after the effect and before completing leaves
 * a claim whose lease runs out; the retry then repeats the effect, so an effect that must never be
 * repeated passes an idempotency key of its own as well (the notifier's).
 */
export async function runOnce(
  store: OnceStore,
  input: RunOnceInput,
  effect: () => Promise<void>,
): Promise<'done' | 'ran'> {
  const { tenantId, scope, key, now } = input;
  const claim = await store.claim(tenantId, scope, key, now, input.leaseSeconds ?? 300);
  if (claim === 'done') return 'done';
  if (claim === 'busy') throw new EffectBusyError(scope, key);
  try {
    await effect();
  } catch (error) {
    await store.release(tenantId, scope, key);
    throw error;
  }
  await store.complete(tenantId, scope, key, now);
  return 'ran';
}
