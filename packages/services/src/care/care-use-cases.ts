import type { OverdueItem } from '@openhall/domain';
import type { CareDeps } from './care-deps.js';
import { CaseUseCases } from './case-use-cases.js';
import { ComplaintUseCases } from './complaint-use-cases.js';
import { FollowUpUseCases } from './follow-up-use-cases.js';
import { MailingUseCases } from './mailing-use-cases.js';
import { overdueItems } from './overdue-items.js';
import { RatingUseCases } from './rating-use-cases.js';
import { VisitUseCases } from './visit-use-cases.js';

/**
 * The accountability services (上门/错时 visits, 好差评 ratings and follow-ups, complaints, special
 * cases), over one store. The recurring jobs call `ratings.defaultUnratedRatings(tenantId, now)`
 * nightly and `overdueItems(tenantId, now)` each morning.
 */
export class CareUseCases {
  readonly visits: VisitUseCases;
  readonly ratings: RatingUseCases;
  readonly followUps: FollowUpUseCases;
  readonly complaints: ComplaintUseCases;
  readonly cases: CaseUseCases;
  readonly mailings: MailingUseCases;

  constructor(private readonly deps: CareDeps) {
    this.visits = new VisitUseCases(deps);
    this.ratings = new RatingUseCases(deps);
    this.followUps = new FollowUpUseCases(deps);
    this.complaints = new ComplaintUseCases(deps);
    this.cases = new CaseUseCases(deps);
    this.mailings = new MailingUseCases(deps);
  }

  /** The morning overdue list of one tenant, at `now` (the services' clock when not given). */
  overdueItems(
    tenantId: string,
    now: Date = this.deps.now(),
    options: { limit?: number } = {},
  ): Promise<OverdueItem[]> {
    return overdueItems(this.deps, tenantId, now, options);
  }

  /** The nightly default ratings of one tenant, at `now` (the services' clock when not given). */
  defaultUnratedRatings(tenantId: string, now: Date = this.deps.now()) {
    return this.ratings.defaultUnratedRatings(tenantId, now);
  }
}
