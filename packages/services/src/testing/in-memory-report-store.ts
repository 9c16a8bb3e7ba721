import {
  addCounts,
  type Counts,
  type CountsRead,
  type Dimension,
  type DomainEvent,
  type EventCounts,
  type Grain,
  type PlannedRange,
  type Province,
  type ReportStore,
} from '@openhall/domain';

type Kind = Dimension | 'all';

/**
 * `ReportStore` in memory, with the DynamoDB store's items (day, month and year for the district,
 * day and month per dimension) and its idempotency by event id.
 */
export class InMemoryReportStore implements ReportStore {
  readonly #seen = new Set<string>();
  readonly #items = new Map<string, Counts>();
  readonly #provinces = new Map<string, Province>();

  /** Joins a district to a province, as a configuration save does. */
  joinProvince(tenantId: string, province: Province): void {
    this.#provinces.set(tenantId, province);
  }

  async count(event: DomainEvent, counted: EventCounts): Promise<'counted' | 'duplicate'> {
    const marker = `${event.tenantId}|${event.eventId}`;
    if (this.#seen.has(marker)) return 'duplicate';
    this.#seen.add(marker);
    const { tenantId } = event;
    const day = counted.date;
    const add = (kind: Kind, grain: Grain, period: string, id = '') => {
      const key = `${tenantId}|${kind}|${grain}|${period}|${id}`;
      this.#items.set(key, addCounts(this.#items.get(key) ?? {}, counted.counts));
    };
    add('all', 'day', day);
    add('all', 'month', day.slice(0, 7));
    add('all', 'year', day.slice(0, 4));
    for (const [dim, id] of Object.entries(counted.dims) as [Dimension, string][]) {
      add(dim, 'day', day, id);
      add(dim, 'month', day.slice(0, 7), id);
    }
    return 'counted';
  }

  #inRange(tenantId: string, kind: Kind, plan: readonly PlannedRange[]) {
    const out: { period: string; id: string; counts: Counts }[] = [];
    for (const [key, counts] of this.#items) {
      const [tenant, k, grain, period = '', id = ''] = key.split('|');
      if (tenant !== tenantId || k !== kind) continue;
      for (const r of plan) {
        const g = kind !== 'all' && r.grain === 'year' ? 'month' : r.grain;
        const from = g === r.grain ? r.from : `${r.from}-01`;
        const to = g === r.grain ? r.to : `${r.to}-12`;
        if (grain === g && period >= from && period <= to) out.push({ period, id, counts });
      }
    }
    return out;
  }

  async totals(tenantId: string, plan: readonly PlannedRange[]): Promise<CountsRead<Counts>> {
    const items = this.#inRange(tenantId, 'all', plan);
    return { value: items.reduce<Counts>((s, i) => addCounts(s, i.counts), {}), itemsRead: items.length };
  }

  async series(
    tenantId: string,
    grain: Exclude<Grain, 'year'>,
    from: string,
    to: string,
  ): Promise<CountsRead<Map<string, Counts>>> {
    const items = this.#inRange(tenantId, 'all', [{ grain, from, to }]);
    return { value: new Map(items.map((i) => [i.period, i.counts])), itemsRead: items.length };
  }

  async byDimension(
    tenantId: string,
    dimension: Dimension,
    plan: readonly PlannedRange[],
  ): Promise<CountsRead<Map<string, Counts>>> {
    const items = this.#inRange(tenantId, dimension, plan);
    const byId = new Map<string, Counts>();
    for (const i of items) byId.set(i.id, addCounts(byId.get(i.id) ?? {}, i.counts));
    return { value: byId, itemsRead: items.length };
  }

  async districtsOf(province: Province): Promise<string[]> {
    return [...this.#provinces]
      .filter(([, p]) => p === province)
      .map(([t]) => t)
      .sort();
  }
}
