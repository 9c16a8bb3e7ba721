const OFFSET_MS = 8 * 3600_000;

/** An instant as ISO 8601 in Asia/Shanghai (fixed +08:00, no daylight saving). */
export function toShanghaiIso(instant: Date): string {
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
