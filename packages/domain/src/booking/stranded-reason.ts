import { z } from 'zod';

/**
 * Why a configuration change leaves an active booking without a place the hall still offers:
 * the hall, matter or window is gone (or retired), the hall is closed that day, its hours no longer
 * cover the slot, the matter is not offered that kind of day any more, or the window has fewer
 * people than bookings at that time.
 */
export const StrandedReasonSchema = z
  .enum([
    'hall_removed',
    'matter_removed',
    'window_removed',
    'day_closed',
    'outside_hours',
    'matter_not_offered',
    'over_capacity',
  ])
  .meta({ id: 'StrandedReason' });
export type StrandedReason = z.infer<typeof StrandedReasonSchema>;
