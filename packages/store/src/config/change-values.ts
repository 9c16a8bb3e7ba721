import type { ConfigChange } from './config-diff.js';

/** A value longer than this (as JSON) is kept as the start of its JSON text, marked truncated. */
export const MAX_VALUE_CHARS = 200;
/**
 * All values of one audit entry together stay under this (as JSON); later changes keep their path
 * only. The entry shares its item with the configuration snapshot, whose size limit it must not eat.
 */
export const MAX_VALUES_CHARS = 16_000;

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * The value at a path of `diffConfig`: object keys, and in arrays of objects with an `id` the id
 * (an index otherwise). Undefined when nothing is there.
 */
export function valueAt(root: unknown, path: string): unknown {
  if (path === '') return root;
  let here: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    const key = unescapeSegment(raw);
    if (Array.isArray(here)) {
      const byId = here.find((item) => isPlain(item) && item.id === key);
      here = byId ?? (/^\d+$/.test(key) ? here[Number(key)] : undefined);
    } else if (isPlain(here)) {
      here = here[key];
    } else {
      return undefined;
    }
  }
  return here;
}

/** The value as kept: itself when short, else the start of its JSON text; and its length in JSON. */
function bounded(value: unknown): { value: unknown; truncated: boolean; chars: number } {
  const json = JSON.stringify(value) ?? 'null';
  if (json.length <= MAX_VALUE_CHARS) return { value, truncated: false, chars: json.length };
  const start = `${json.slice(0, MAX_VALUE_CHARS - 1)}…`;
  return { value: start, truncated: true, chars: start.length + 2 };
}

/**
 * Adds the old and new value of every changed path (old for a removal, new for an addition),
 * bounded per value and per entry: once the entry's budget is spent, further changes keep only
 * their path.
 */
export function withValues(
  changes: readonly ConfigChange[],
  before: unknown,
  after: unknown,
  budget = MAX_VALUES_CHARS,
): ConfigChange[] {
  let left = budget;
  return changes.map((change) => {
    const old = change.op === 'add' ? undefined : bounded(valueAt(before, change.path));
    const next = change.op === 'remove' ? undefined : bounded(valueAt(after, change.path));
    const chars = (old?.chars ?? 0) + (next?.chars ?? 0);
    if (chars > left) {
      left = 0;
      return { op: change.op, path: change.path };
    }
    left -= chars;
    return {
      op: change.op,
      path: change.path,
      ...(old ? { oldValue: old.value } : {}),
      ...(next ? { newValue: next.value } : {}),
      ...(old?.truncated || next?.truncated ? { truncated: true } : {}),
    };
  });
}
