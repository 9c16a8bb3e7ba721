import type { AuditEntry } from '@openhall/domain';

/** One changed path of a configuration, as kept in the audit trail. */
export type ConfigChange = AuditEntry['changes'][number];

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON Pointer escaping (RFC 6901), so a key holding "/" cannot fake a deeper path. */
function segment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

/** Ids of an array whose every element is an object with a unique string `id`; otherwise undefined. */
function idsOf(items: unknown[]): string[] | undefined {
  const ids: string[] = [];
  for (const item of items) {
    if (!isPlain(item) || typeof item.id !== 'string') return undefined;
    ids.push(item.id);
  }
  return new Set(ids).size === ids.length ? ids : undefined;
}

function walk(before: unknown, after: unknown, path: string, out: ConfigChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push({ op: 'add', path });
    return;
  }
  if (after === undefined) {
    out.push({ op: 'remove', path });
    return;
  }
  if (isPlain(before) && isPlain(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !(key in before))];
    for (const key of keys) walk(before[key], after[key], `${path}/${segment(key)}`, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeIds = idsOf(before);
    const afterIds = idsOf(after);
    if (beforeIds && afterIds) {
      walkById(before as Plain[], after as Plain[], beforeIds, afterIds, path, out);
      return;
    }
  }
  if (!deepEqual(before, after)) out.push({ op: 'replace', path });
}

/** Halls, matters, windows ... are addressed by id, so inserting one does not "change" every later index. */
function walkById(
  before: Plain[],
  after: Plain[],
  beforeIds: string[],
  afterIds: string[],
  path: string,
  out: ConfigChange[],
): void {
  const afterById = new Map(after.map((item, i) => [afterIds[i]!, item]));
  const beforeSet = new Set(beforeIds);
  before.forEach((item, i) => {
    const id = beforeIds[i]!;
    const next = afterById.get(id);
    if (next === undefined) out.push({ op: 'remove', path: `${path}/${segment(id)}` });
    else walk(item, next, `${path}/${segment(id)}`, out);
  });
  for (const id of afterIds) {
    if (!beforeSet.has(id)) out.push({ op: 'add', path: `${path}/${segment(id)}` });
  }
  // Order is shown to citizens (hall list, matter list), so a reordering is a change of its own.
  const afterSet = new Set(afterIds);
  const kept = beforeIds.filter((id) => afterSet.has(id));
  const keptAfter = afterIds.filter((id) => beforeSet.has(id));
  if (kept.some((id, i) => id !== keptAfter[i])) out.push({ op: 'replace', path });
}

/**
 * Paths that differ between two configurations, JSON-Pointer-like except that arrays of objects
 * with an `id` are keyed by id; other arrays are replaced whole. `before` undefined means created.
 * @example
 * diffConfig(v1, v2) // [{ op: 'replace', path: '/halls/zibo-center/openingPolicy/restday/sessions' }]
 */
export function diffConfig(before: unknown, after: unknown): ConfigChange[] {
  const out: ConfigChange[] = [];
  walk(before, after, '', out);
  return out;
}
