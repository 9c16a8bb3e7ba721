/** Why DynamoDB refused one item of a transaction, by position: 'None' for an item that was fine. */
export type CancellationCode = 'None' | 'ConditionalCheckFailed' | 'TransactionConflict' | (string & {});

/**
 * The per-item reasons of a `TransactionCanceledException`, in the order of the request's items;
 * undefined for any other error (network, throttling, validation), which the caller treats as a
 * failure rather than an answer.
 */
export function cancellationCodesOf(error: unknown): CancellationCode[] | undefined {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return undefined;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((r) => r.Code ?? 'None');
}

/**
 * Names the failed items of a cancelled transaction by role.
 * @example failedItems(['None', 'ConditionalCheckFailed'], ['slot', 'booking'], 'ConditionalCheckFailed') // Set { 'booking' }
 */
export function failedItems<R extends string>(
  codes: readonly CancellationCode[],
  roles: readonly R[],
  code: CancellationCode,
): Set<R> {
  return new Set(roles.filter((_, i) => codes[i] === code));
}
