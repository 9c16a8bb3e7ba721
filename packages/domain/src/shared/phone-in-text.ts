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

/**
 * Whether a text (a log line, an event's or a schedule's JSON payload) holds a mainland mobile number.
 * Payloads carry ids; a test or a guard asserts this stays false.
 */
export function containsMobileNumber(text: string): boolean {
  return maskPhonesIn(text) !== text;
}
