import { z } from 'zod';

/** One field's error, with the JSON path to the field. */
export const FieldErrorSchema = z
  .object({ path: z.string(), message: z.string(), code: z.string() })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Every zod issue as a field error, with the path joined the JSON-pointer way under `prefix`. */
export function fieldErrorsOf(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    path: `${prefix}/${issue.path.map(String).join('/')}`.replace(/\/$/, '') || '/',
    message: issue.message,
    code: issue.code,
  }));
}
