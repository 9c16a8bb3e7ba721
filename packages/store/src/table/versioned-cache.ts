/**
 * Values an instance keeps parsed, each under the version it was read at, least recently used first
 * out. A reader asks the stored version (a small head item, strongly consistent) and gets the value
 * here only when it is that very version, so a change is seen by the next request of every
 * instance while the whole value is read and parsed only when it moved. Values are shared by the
 * requests of the instance: readers never modify them.
 */
export class VersionedCache<K, V> {
  private readonly entries = new Map<K, { version: number; value: V }>();

  /** Holds at most `capacity` keys; 0 holds none. */
  constructor(readonly capacity: number) {}

  /** The value cached for `key` at exactly `version`. */
  get(key: K, version: number | undefined): V | undefined {
    const entry = this.entries.get(key);
    if (version === undefined || entry?.version !== version) return undefined;
    // Most recently used last, so the first key is the one to drop.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  remember(key: K, version: number, value: V): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
