import type { CapacityComparison, OperationResult } from './bench-results.js';

export type { CapacityComparison } from './bench-results.js';

/**
 * Capacity units per request through the API before the narrow counter reads and the configuration
 * head: the figures `pnpm bench` recorded in bench/results.json at commit 530f7cb (2026-11-22),
 * with the same seeded scenario. `config` is the configuration's GetItem alone.
 */
export const CAPACITY_BEFORE = {
  commit: '530f7cb',
  date: '2026-11-22',
  availability: {
    sequential: { total: 2.95, config: 2.75 },
    concurrent: { total: 2.94, config: 2.75 },
  },
  create: {
    sequential: { total: 14.18, config: 3.18 },
    concurrent: { total: 14.3, config: 3.3 },
  },
} as const;

/** Before beside after, for availability and booking, one row per phase measured in this run. */
export function capacityBeforeAfter(operations: readonly OperationResult[]): CapacityComparison[] {
  const rows: CapacityComparison[] = [];
  for (const o of operations) {
    if (o.operation !== 'availability' && o.operation !== 'create') continue;
    const d = o.http.dynamo;
    rows.push({
      operation: o.operation,
      phase: o.phase,
      before: { ...CAPACITY_BEFORE[o.operation][o.phase] },
      after: {
        total: d.capacityUnitsPerRequest,
        config: d.capacityUnitsPerRequestByCommand.GetItem ?? 0,
      },
    });
  }
  return rows;
}
