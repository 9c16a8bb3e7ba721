const key = (...parts: string[]) => parts.join('\u0000');

/**
 * The places guards of the DynamoDB store, shared by the in-memory booking and rota stores: per
 * window of a hall-day, how many bookings took places there (`seq`) and the rota version that last
 * took places from it (`placesVersion`).
 */
export class InMemoryPlacesGuards {
  private readonly guards = new Map<string, { seq: number; placesVersion?: number }>();

  /** Whether a booking whose places were read from `rotaVersion` may land at the window. */
  admits(tenantId: string, place: { hallId: string; date: string; windowId: string }, rotaVersion = 0) {
    const g = this.guards.get(key(tenantId, place.hallId, place.date, place.windowId));
    return g?.placesVersion === undefined || g.placesVersion <= rotaVersion;
  }

  /** A booking took places at the window. */
  booked(tenantId: string, place: { hallId: string; date: string; windowId: string }): void {
    const k = key(tenantId, place.hallId, place.date, place.windowId);
    const g = this.guards.get(k);
    this.guards.set(k, { ...g, seq: (g?.seq ?? 0) + 1 });
  }

  /** The booking sequence of each window of a hall-day that has one. */
  seqs(tenantId: string, hallId: string, date: string): Map<string, number> {
    const prefix = key(tenantId, hallId, date, '');
    return new Map(
      [...this.guards].filter(([k]) => k.startsWith(prefix)).map(([k, g]) => [k.slice(prefix.length), g.seq]),
    );
  }

  /** The seq of a window as a rota save read it is still there. */
  unchanged(tenantId: string, hallId: string, date: string, windowId: string, seq: number): boolean {
    return (this.guards.get(key(tenantId, hallId, date, windowId))?.seq ?? 0) === seq;
  }

  /** A rota version took places from the window. */
  stamp(tenantId: string, hallId: string, date: string, windowId: string, rotaVersion: number): void {
    const k = key(tenantId, hallId, date, windowId);
    this.guards.set(k, { seq: this.guards.get(k)?.seq ?? 0, placesVersion: rotaVersion });
  }
}
