import { z } from 'zod';

/** One field's error, with the JSON path to the field. */
export const FieldErrorSchema = z
  .object({ path: z.string(), message: z.string(), code: z.string() })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldErrorSchema>;
