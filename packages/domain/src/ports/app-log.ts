/**
 * Facts a log line may carry: ids, codes, counts, names of errors. Never a phone, a person's or an
 * organisation's name, a code sent by SMS, or an error's message (it may quote any of these).
 */
export type LogFacts = Readonly<Record<string, string | number | boolean | undefined>>;

/** The product's log: structured JSON under Lambda (Powertools), readable lines locally. */
export interface AppLog {
  info(message: string, facts?: LogFacts): void;
  warn(message: string, facts?: LogFacts): void;
  error(message: string, facts?: LogFacts): void;
}

/** A mainland mobile number anywhere in a text, +86 or not, not inside a longer run of digits. */
const MOBILE_IN_TEXT = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)/g;

/**
 * The last guard of every log line: a mobile number that reached a fact anyway (a path, a provider's
 * message) leaves masked as 139****5678. Logging none in the first place is the rule.
 * @example maskPhonesIn('to 13912345678 failed') // 'to 139****5678 failed'
 */
export function maskPhonesIn(text: string): string {
  return text.replace(
    MOBILE_IN_TEXT,
    (_whole, head: string, _middle: string, tail: string) => `${head}****${tail}`,
  );
}

/** The facts with every string passed through `maskPhonesIn`. */
export function maskedFacts(facts: LogFacts = {}): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(facts)) {
    if (value !== undefined) out[key] = typeof value === 'string' ? maskPhonesIn(value) : value;
  }
  return out;
}
