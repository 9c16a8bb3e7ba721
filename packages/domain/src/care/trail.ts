import { z } from 'zod';

/** One step of a record's history: who (a staff id, `citizen` or `system`), when, what. */
export const TrailEntrySchema = z
  .object({
    at: z.string().meta({ example: '2026-02-13T10:00:00+08:00' }),
    by: z.string().min(1).max(64),
    action: z.string().min(1).max(40),
    note: z.string().max(2000).optional(),
  })
  .meta({ id: 'TrailEntry' });
export type TrailEntry = z.infer<typeof TrailEntrySchema>;

/** The trail with one more entry (records are immutable values; a change returns a new one). */
export function withEntry(trail: readonly TrailEntry[], entry: TrailEntry): TrailEntry[] {
  return [...trail, entry];
}
