import { describe, expect, it } from 'vitest';
import { cancellationCodesOf, failedItems } from './transaction-cancellation.js';

function cancelled(codes: (string | undefined)[]): Error {
  const error = new Error('Transaction cancelled');
  error.name = 'TransactionCanceledException';
  return Object.assign(error, { CancellationReasons: codes.map((Code) => (Code ? { Code } : {})) });
}

describe('cancellationCodesOf', () => {
  it('reads the reasons in item order, a missing code as None', () => {
    expect(cancellationCodesOf(cancelled(['None', 'ConditionalCheckFailed', undefined]))).toEqual([
      'None',
      'ConditionalCheckFailed',
      'None',
    ]);
  });

  it.each([
    {
      case: 'another SDK error',
      error: Object.assign(new Error('slow down'), { name: 'ThrottlingException' }),
    },
    { case: 'not an error', error: 'TransactionCanceledException' },
  ])('answers undefined for $case', ({ error }) => {
    expect(cancellationCodesOf(error)).toBeUndefined();
  });
});

describe('failedItems', () => {
  it('names the items whose reason matches', () => {
    const roles = ['slot', 'booking', 'idempotency', 'ledger'] as const;
    const codes = ['ConditionalCheckFailed', 'None', 'ConditionalCheckFailed', 'TransactionConflict'];
    expect(failedItems(codes, roles, 'ConditionalCheckFailed')).toEqual(new Set(['slot', 'idempotency']));
    expect(failedItems(codes, roles, 'TransactionConflict')).toEqual(new Set(['ledger']));
  });
});
