/** Port of the health check: one cheap read that shows the store answers. */
export interface StoreHealth {
  /** Resolves when the store answered; rejects (with a `StoreError`) when it did not, in a short time. */
  check(): Promise<void>;
}
