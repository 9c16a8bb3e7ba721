import type { SlotRef } from './citizen-http.js';

const groupOf = (s: SlotRef) => `${s.tenantId}|${s.hallId}|${s.matterId}`;

/**
 * Places to book, handed out so that consecutive ones fall in different slots: place r of every
 * slot comes before place r + 1 of any. Concurrent bookings of the uncontended phases then rarely
 * meet on one slot counter, which is what the contended phase is for.
 */
export class SlotPool {
  private readonly places: { slot: SlotRef; used: boolean }[];
  private cursor = 0;

  constructor(places: readonly SlotRef[]) {
    this.places = places.map((slot) => ({ slot, used: false }));
  }

  /** One place per unit of capacity, interleaved by round. */
  static interleaved(slots: readonly SlotRef[]): SlotRef[] {
    const rounds = Math.max(0, ...slots.map((s) => s.capacity));
    const places: SlotRef[] = [];
    for (let r = 0; r < rounds; r++) for (const s of slots) if (s.capacity > r) places.push(s);
    return places;
  }

  /** Two pools of the same mix of tenants and matters: even places and odd places. */
  static split(places: readonly SlotRef[]): [SlotPool, SlotPool] {
    return [
      new SlotPool(places.filter((_, i) => i % 2 === 0)),
      new SlotPool(places.filter((_, i) => i % 2 === 1)),
    ];
  }

  get free(): number {
    return this.places.filter((p) => !p.used).length;
  }

  /** The next free place. */
  take(): SlotRef {
    while (this.cursor < this.places.length && this.places[this.cursor]!.used) this.cursor++;
    const place = this.places[this.cursor];
    if (!place) throw new Error('the slot pool is empty: find more bookable slots');
    place.used = true;
    return place.slot;
  }

  /** A free place of the same matter in the same hall at another start: where a booking may move. */
  takeNear(from: SlotRef): SlotRef | undefined {
    const place = this.places.find(
      (p) => !p.used && groupOf(p.slot) === groupOf(from) && p.slot.start !== from.start,
    );
    if (!place) return undefined;
    place.used = true;
    return place.slot;
  }
}
