import type { RatableService, RatableServices } from '@openhall/domain';

/** Ratable services held in memory, e.g. the service records a test completes. */
export class InMemoryRatableServices implements RatableServices {
  readonly #services = new Map<string, RatableService>();

  /** Adds a completed service under the reference an applicant rates it by. */
  add(tenantId: string, ref: string, service: RatableService): void {
    this.#services.set(`${tenantId}|${ref}`, service);
  }

  async findServiceForRating(tenantId: string, ref: string): Promise<RatableService | undefined> {
    return this.#services.get(`${tenantId}|${ref}`);
  }

  async completedBetween(tenantId: string, from: string, to: string): Promise<RatableService[]> {
    return [...this.#services]
      .filter(([key, s]) => key.startsWith(`${tenantId}|`) && s.completedAt >= from && s.completedAt < to)
      .map(([, s]) => s);
  }
}
