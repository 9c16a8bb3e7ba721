/**
 * Port that makes an effect happen once: a consumer claims `(scope, key)` before acting (an event id,
 * or a reminder's key) and completes it after. A claim already completed answers `done`; one claimed
 * by another attempt whose lease has not run out answers `busy`; a lease that ran out (the attempt
 * crashed) may be claimed again. `release` gives a claim back after a failed attempt.
 */
export interface OnceStore {
  claim(
    tenantId: string,
    scope: string,
    key: string,
    now: Date,
    leaseSeconds: number,
  ): Promise<'claimed' | 'done' | 'busy'>;
  complete(tenantId: string, scope: string, key: string, now: Date): Promise<void>;
  release(tenantId: string, scope: string, key: string): Promise<void>;
}
