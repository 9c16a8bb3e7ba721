import type { z } from 'zod';

export type FormBody = Record<string, string | File | (string | File)[]>;

/** One text value of a posted form (never a file), trimmed to `max`. */
export function field(body: FormBody, key: string, max = 2000): string {
  const value = body[key];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** The value, or undefined when left empty (optional fields). */
export function optional(body: FormBody, key: string, max = 2000): string | undefined {
  const v = field(body, key, max).trim();
  return v === '' ? undefined : v;
}

/** Field ids with an error, from a zod error's paths (`applicant.phone` → `phone`): the last part names the field. */
export function invalidFields(error: z.ZodError): Set<string> {
  return new Set(error.issues.map((i) => String(i.path.at(-1) ?? '')));
}
