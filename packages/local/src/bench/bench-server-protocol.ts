import type { DynamoTally } from './dynamo-meter.js';

/** RSS and V8 heap of a process, in MiB. */
export interface MemorySample {
  rssMiB: number;
  heapUsedMiB: number;
}

/** A staff member a token is asked for: signed by the server's own development issuer, on its clock. */
export interface StaffTokenRequest {
  tenantId: string;
  staffId: string;
  roles: string[];
}

/** What the bench asks the server process (over the IPC channel of `fork`). */
export type BenchServerRequest =
  | { id: number; type: 'tally' | 'reset' | 'memory' | 'now' }
  | { id: number; type: 'token'; staff: StaffTokenRequest };

/** What the server process sends back. */
export type BenchServerMessage =
  | { type: 'ready'; url: string; seeded: string[] }
  | { type: 'failed'; message: string }
  | { id: number; type: 'tally'; tally: DynamoTally }
  | { id: number; type: 'reset' }
  | { id: number; type: 'memory'; memory: MemorySample }
  | { id: number; type: 'token'; token: string }
  | { id: number; type: 'now'; now: string };

export function memorySample(): MemorySample {
  const { rss, heapUsed } = process.memoryUsage();
  const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  return { rssMiB: mib(rss), heapUsedMiB: mib(heapUsed) };
}
