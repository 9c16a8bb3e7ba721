/**
 * Memoises `compute(owner, key)` per owner object and string key: the answers live as long as the
 * owner (a tenant configuration an instance keeps) and at most `max` keys per owner, so a pure
 * computation asked again for the same configuration and day is answered, not recomputed. Owners
 * must not be modified after a first call; configurations never are (a change is a new object).
 */
export function memoByObject<O extends object, V>(
  compute: (owner: O, key: string) => V,
  max = 512,
): (owner: O, key: string) => V {
  const answers = new WeakMap<O, Map<string, V>>();
  return (owner, key) => {
    let known = answers.get(owner);
    if (!known) {
      known = new Map();
      answers.set(owner, known);
    }
    if (known.has(key)) return known.get(key) as V;
    const value = compute(owner, key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}

/**
 * `memoByObject` with two keys kept apart (say a hall id and a date) rather than joined into one
 * string: asking again costs two lookups of strings the caller already holds, with no new string
 * to build and hash each time. At most `max` answers per owner.
 */
export function memoByObjectKeys<O extends object, A, B, V>(
  compute: (owner: O, a: A, b: B) => V,
  max = 512,
): (owner: O, a: A, b: B) => V {
  const answers = new WeakMap<O, { size: number; byA: Map<A, Map<B, V>> }>();
  return (owner, a, b) => {
    let known = answers.get(owner);
    if (!known) {
      known = { size: 0, byA: new Map() };
      answers.set(owner, known);
    }
    let byB = known.byA.get(a);
    if (byB?.has(b)) return byB.get(b) as V;
    const value = compute(owner, a, b);
    if (known.size >= max) {
      known.byA.clear();
      known.size = 0;
      byB = undefined;
    }
    if (!byB) {
      byB = new Map();
      known.byA.set(a, byB);
    }
    byB.set(b, value);
    known.size++;
    return value;
  };
}
