import { z } from 'zod';

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    // A malformed string is reported by the regex alone.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date')
  .meta({ id: 'LocalDate', example: '2026-10-01' });
export type LocalDate = z.infer<typeof LocalDateSchema>;

/** A wall-clock time in Asia/Shanghai, `HH:MM` (24h; `24:00` allowed as an end). */
export const LocalTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time as HH:MM')
  .meta({ id: 'LocalTime', example: '09:00' });
export type LocalTime = z.infer<typeof LocalTimeSchema>;

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOf(time: LocalTime): number {
  // `HH:MM` digit by digit: the calendar and the slot lists ask this for every slot of every day.
  if (time.length === 5 && time.charCodeAt(2) === 58) {
    const hours = (time.charCodeAt(0) - 48) * 10 + time.charCodeAt(1) - 48;
    return hours * 60 + (time.charCodeAt(3) - 48) * 10 + time.charCodeAt(4) - 48;
  }
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** `HH:MM` of minutes since midnight. */
export function timeOf(minutes: number): LocalTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A half-open interval of wall-clock time, `from` before `to`. */
export const TimeRangeSchema = z
  .object({ from: LocalTimeSchema, to: LocalTimeSchema })
  .refine((r) => minutesOf(r.from) < minutesOf(r.to), { message: '`from` must be before `to`', path: ['to'] })
  .meta({ id: 'TimeRange' });
export type TimeRange = z.infer<typeof TimeRangeSchema>;

/**
 * Characters no text field takes: C0 and C1 control characters (`Cc`: NUL, ESC, DEL, …) and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a page or a
 * calendar file read otherwise than it is stored. A multi-line field keeps tab and line feed.
 */
const NOT_IN_ONE_LINE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const NOT_IN_LINES = /(?![\t\n])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

function refusing(forbidden: RegExp) {
  return (text: string, ctx: z.RefinementCtx) => {
    const found = forbidden.exec(text)?.[0];
    if (found === undefined) return;
    const codePoint = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    ctx.addIssue({
      code: 'custom',
      message: `contains ${codePoint}: control and bidirectional-override characters are not allowed`,
    });
  };
}

/** Trimmed text of `min` to `max` characters (no lower bound stated when `min` is 0). */
function boundedText(max: number, min: number) {
  const text = z.string().trim().max(max);
  return min > 0 ? text.min(min) : text;
}

/**
 * Every free text a person types (names, codes, reasons, search words), trimmed, on one line.
 * @example TextLineSchema(100).optional()
 */
export function TextLineSchema(max: number, min = 1) {
  return boundedText(max, min).superRefine(refusing(NOT_IN_ONE_LINE));
}

/** Free text that may run over several lines (tab and line feed allowed), trimmed. */
export function TextLinesSchema(max: number, min = 1) {
  return boundedText(max, min).superRefine(refusing(NOT_IN_LINES));
}

/** Text shown to people: Chinese first, English beside it. */
export const LocalizedTextSchema = z
  .object({ zh: TextLinesSchema(500), en: TextLinesSchema(500) })
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Stable identifiers: lower-case slug. */
export const SlugSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as "zibo" or "b02"');

/** A phone number as published (landline with area code or mobile). */
export const PublicPhoneSchema = z
  .string()
  .regex(/^(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|12345)$/, 'expected a phone such as 0533-2512345');

export const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #b91c1c');
