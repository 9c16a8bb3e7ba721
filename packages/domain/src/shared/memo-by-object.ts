/**
 * Memoises `compute(owner, a, b)` per owner object and pair of keys (say a hall id and a date), kept
 * apart rather than joined into one string: asking again costs two lookups of values the caller
 * already holds, with no new string to build and hash each time. The answers live as long as the
 * owner (a tenant configuration an instance keeps), at most `max` per owner. Owners must not be
 * modified after a first call; configurations never are (a change is a new object).
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
