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
