import { maskPhonesIn } from '../shared/phone-in-text.js';

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

/** The facts with every string passed through `maskPhonesIn`. */
export function maskedFacts(facts: LogFacts = {}): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(facts)) {
    if (value !== undefined) out[key] = typeof value === 'string' ? maskPhonesIn(value) : value;
  }
  return out;
}
