import type { RatableService } from '../care/rating.js';

/**
 * Completed services an applicant can rate (好差评). The hall's service records (办件) implement it
 * once they exist; until then the door-to-door visits do, and tests use an in-memory one.
 */
export interface RatableServices {
  /** The completed service a rating code or ticket reference names, if any. */
  findServiceForRating(tenantId: string, ref: string): Promise<RatableService | undefined>;
  /** Services completed from `from` (included) to `to` (excluded), ISO 8601: the nightly default ratings read them. */
  completedBetween(tenantId: string, from: string, to: string): Promise<RatableService[]>;
}
