import { z } from 'zod';

/** One item the hall must chase: its kind, id, what is due and by when. */
export const OverdueItemSchema = z
  .object({
    kind: z.enum(['visit', 'follow-up', 'complaint', 'case']),
    id: z.string(),
    /** What is late: `answer`, `callback`, `fix`, `answer`, `done`. */
    due: z.string(),
    dueAt: z.string(),
    departmentId: z.string().optional(),
    ownerStaffId: z.string().optional(),
  })
  .meta({ id: 'OverdueItem' });
export type OverdueItem = z.infer<typeof OverdueItemSchema>;

/** The items whose deadline has passed at `now`, most overdue first. */
export function overdueOf(items: readonly OverdueItem[], now: Date): OverdueItem[] {
  const t = now.getTime();
  return items
    .filter((i) => Date.parse(i.dueAt) < t)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
