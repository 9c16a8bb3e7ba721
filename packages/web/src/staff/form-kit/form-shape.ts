/** A posted form as `c.req.parseBody({ all: true })` gives it. */
export type FormBody = Record<string, string | File | (string | File)[]>;

/**
 * How a field's text becomes a value, named after the field's path: `staffCount:num`.
 * - (none) the text as typed (the schema trims and checks it)
 * - `opt` empty means absent (an optional text such as a phone)
 * - `num` a number; empty means absent, text that is no number stays text (the schema names it)
 * - `num-or-null` like `num`, but empty means `null` (a time limit not published)
 * - `bool` true when any of its values is `true` (a hidden `false` precedes the checkbox)
 * - `list` every non-empty value (a group of checkboxes; a hidden empty value makes none `[]`)
 * - `words` text split at commas, 、 and line ends; empty means absent
 * - `rows` marks a list of rows, so that no row left is `[]` rather than absent
 */
export type FieldKind = 'opt' | 'num' | 'num-or-null' | 'bool' | 'list' | 'words' | 'rows';

/** The posted name of a field at `path` (dotted, numbers index rows) read as `kind`. */
export function fieldName(path: string, kind?: FieldKind): string {
  return kind ? `${path}:${kind}` : path;
}

const KINDS = new Set<string>(['opt', 'num', 'num-or-null', 'bool', 'list', 'words', 'rows']);
/** Names that would reach an object's prototype: a posted field never writes through them. */
const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

function textsOf(raw: FormBody[string]): string[] {
  return (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
}

function numberOf(text: string): number | string {
  const t = text.trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

function readField(kind: FieldKind | undefined, texts: string[]): unknown {
  const last = texts.at(-1) ?? '';
  switch (kind) {
    case 'opt':
      return last.trim() === '' ? undefined : last;
    case 'num':
      return last.trim() === '' ? undefined : numberOf(last);
    case 'num-or-null':
      return last.trim() === '' ? null : numberOf(last);
    case 'bool':
      return texts.includes('true');
    case 'list':
      return texts.filter((t) => t !== '');
    case 'words': {
      const words = last
        .split(/[,，、;；\n]/)
        .map((w) => w.trim())
        .filter(Boolean);
      return words.length > 0 ? words : undefined;
    }
    default:
      return last;
  }
}

type Tree = { [key: string]: Tree | unknown };
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rows become arrays in the order of their numbers; gaps left by removed rows close up. */
function settle(node: unknown, path: string, rows: Set<string>): unknown {
  if (!isTree(node)) return node;
  const keys = Object.keys(node);
  const numbered = keys.length > 0 && keys.every((k) => /^\d+$/.test(k));
  if (rows.has(path) || numbered) {
    return keys
      .filter((k) => /^\d+$/.test(k))
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => settle(node[k], path ? `${path}.${k}` : k, rows));
  }
  return Object.fromEntries(keys.map((k) => [k, settle(node[k], path ? `${path}.${k}` : k, rows)]));
}

/**
 * The posted form in the shape of the value it edits, whatever the value: each field's name is
 * its dotted path with how to read it (`materials.1.zh`, `floor:num`, `windowIds:list`). The schema
 * of the admin API then checks the result, and its issues' paths name the fields back.
 */
export function shapeOf(body: FormBody): Record<string, unknown> {
  const root: Tree = {};
  const rows = new Set<string>();
  for (const [name, raw] of Object.entries(body)) {
    const colon = name.lastIndexOf(':');
    const kind =
      colon > 0 && KINDS.has(name.slice(colon + 1)) ? (name.slice(colon + 1) as FieldKind) : undefined;
    const path = kind ? name.slice(0, colon) : name;
    if (path === '' || path.startsWith('_')) continue; // the form's own fields (`_version`)
    const segments = path.split('.');
    if (segments.some((s) => s === '' || UNSAFE.has(s))) continue;
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      if (!isTree(node[segment])) node[segment] = {};
      node = node[segment] as Tree;
    }
    const leaf = segments.at(-1)!;
    if (kind === 'rows') {
      rows.add(path);
      if (!isTree(node[leaf])) node[leaf] = {};
      continue;
    }
    node[leaf] = readField(kind, textsOf(raw));
  }
  return settle(root, '', rows) as Record<string, unknown>;
}

/**
 * `posted` laid over `current`: objects merge key by key, a key posted as `undefined` is removed,
 * lists and plain values replace. A page that edits part of an item (a hall's hours) keeps the rest.
 */
export function overlay(current: unknown, posted: unknown): unknown {
  if (!isTree(current) || !isTree(posted)) return posted;
  const out: Tree = { ...current };
  for (const [k, v] of Object.entries(posted)) {
    if (v === undefined) delete out[k];
    else out[k] = overlay(current[k], v);
  }
  return out;
}

/** The value at a dotted path (`openingPolicy.workday.sessions.0.from`), if any. */
export function valueAt(value: unknown, path: string): unknown {
  let node: unknown = value;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
