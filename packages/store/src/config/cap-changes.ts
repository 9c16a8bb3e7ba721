import type { ConfigChange } from './config-diff.js';

function depthOf(path: string): number {
  return path === '' ? 0 : path.split('/').length - 1;
}

/** Cuts every path to `depth` segments; a change below the cut becomes a `replace` of its ancestor. */
function collapse(changes: ConfigChange[], depth: number): ConfigChange[] {
  const ops = new Map<string, ConfigChange['op']>();
  for (const change of changes) {
    const cut = depthOf(change.path) > depth;
    const path = cut
      ? change.path
          .split('/')
          .slice(0, depth + 1)
          .join('/')
      : change.path;
    const op = cut ? 'replace' : change.op;
    const seen = ops.get(path);
    ops.set(path, seen === undefined || seen === op ? op : 'replace');
  }
  return [...ops].map(([path, op]) => ({ op, path }));
}

/**
 * Keeps an audit entry within its item: past `max` changes, paths are shortened level by level
 * (a bulk import says "/matters replaced" rather than listing thousands of fields).
 */
export function capChanges(changes: ConfigChange[], max: number): ConfigChange[] {
  if (changes.length <= max) return changes;
  const deepest = Math.max(...changes.map((c) => depthOf(c.path)));
  for (let depth = deepest - 1; depth >= 1; depth--) {
    const collapsed = collapse(changes, depth);
    if (collapsed.length <= max) return collapsed;
  }
  return [{ op: 'replace', path: '' }];
}
