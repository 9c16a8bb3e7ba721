import type { CareStore, RatableService, RatableServices, Visit } from '@openhall/domain';
import { VISIT_LISTS } from './visit-use-cases.js';

/** The rating id of a completed visit: kept apart from the hall's service record ids. */
export function visitServiceRecordId(visitId: string): string {
  return `visit-${visitId}`;
}

function ratableOfVisit(visit: Visit): RatableService | undefined {
  if (visit.status !== 'completed' || !visit.departmentId) return undefined;
  return {
    serviceRecordId: visitServiceRecordId(visit.id),
    departmentId: visit.departmentId,
    completedAt: visit.completion!.at,
    handlerIds: visit.acceptance?.staffIds ?? [],
  };
}

/** Completed door-to-door and out-of-hours visits, rated by their code. */
export class VisitRatableServices implements RatableServices {
  constructor(private readonly store: CareStore) {}

  async findServiceForRating(tenantId: string, ref: string): Promise<RatableService | undefined> {
    const id = ref.startsWith('visit-') ? ref.slice('visit-'.length) : ref;
    if (!/^[A-Za-z0-9]{1,64}$/.test(id)) return undefined;
    const stored = await this.store.get<Visit>(tenantId, 'visit', id);
    return stored ? ratableOfVisit(stored.record) : undefined;
  }

  async completedBetween(tenantId: string, from: string, to: string): Promise<RatableService[]> {
    const found: RatableService[] = [];
    // One list per completion day: read the days of the range only.
    for (
      let day = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
      day <= Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
      day += 86_400_000
    ) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const { record } of await this.store.list<Visit>(tenantId, VISIT_LISTS.doneOn(date), {
        before: to,
      })) {
        const service = ratableOfVisit(record);
        if (service && service.completedAt >= from && service.completedAt < to) found.push(service);
      }
    }
    return found;
  }
}

/** Several sources of ratable services asked in turn (the hall's service records, then the visits). */
export class CombinedRatableServices implements RatableServices {
  private readonly sources: readonly RatableServices[];
  constructor(...sources: RatableServices[]) {
    this.sources = sources;
  }

  async findServiceForRating(tenantId: string, ref: string): Promise<RatableService | undefined> {
    for (const source of this.sources) {
      const found = await source.findServiceForRating(tenantId, ref);
      if (found) return found;
    }
    return undefined;
  }

  async completedBetween(tenantId: string, from: string, to: string): Promise<RatableService[]> {
    return (await Promise.all(this.sources.map((s) => s.completedBetween(tenantId, from, to)))).flat();
  }
}
