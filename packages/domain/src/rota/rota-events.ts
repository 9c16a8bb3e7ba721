import { z } from 'zod';

/** `rota.changed`: a hall-day's rota was saved (ids and facts only). */
export const RotaChangedDataSchema = z
  .object({
    hallId: z.string(),
    date: z.string(),
    version: z.number().int().min(1),
    /** Bookings the manager confirmed to move (0 unless confirmed). */
    strandedCount: z.number().int().min(0),
  })
  .meta({ id: 'RotaChangedData' });
export type RotaChangedData = z.infer<typeof RotaChangedDataSchema>;
