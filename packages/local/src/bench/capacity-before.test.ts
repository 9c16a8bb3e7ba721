import { describe, expect, it } from 'vitest';
import type { OperationResult } from './bench-results.js';
import { capacityBeforeAfter } from './capacity-before.js';

const op = (
  operation: OperationResult['operation'],
  phase: OperationResult['phase'],
  total: number,
  config: number,
) =>
  ({
    operation,
    phase,
    http: {
      dynamo: { capacityUnitsPerRequest: total, capacityUnitsPerRequestByCommand: { GetItem: config } },
    },
  }) as unknown as OperationResult;

describe('capacityBeforeAfter', () => {
  it('puts the recorded figures beside availability and booking of this run, and leaves the rest out', () => {
    const rows = capacityBeforeAfter([
      op('availability', 'sequential', 1.2, 1),
      op('create', 'concurrent', 12.1, 1),
      op('cancel', 'sequential', 14, 1),
    ]);
    expect(rows).toEqual([
      {
        operation: 'availability',
        phase: 'sequential',
        before: { total: 2.95, config: 2.75 },
        after: { total: 1.2, config: 1 },
      },
      {
        operation: 'create',
        phase: 'concurrent',
        before: { total: 14.3, config: 3.3 },
        after: { total: 12.1, config: 1 },
      },
    ]);
  });
});
