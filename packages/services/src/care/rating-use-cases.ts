import {
  AlreadyRatedError,
  addWorkingDays,
  appealRating,
  CareNotFoundError,
  CareRoleError,
  type CareWrite,
  closeOnVoidedRating,
  decideAppeal,
  defaultRating,
  type FollowUp,
  followUpDueAt,
  openFollowUp,
  type RatableService,
  type RateInput,
  type Rating,
  rateService,
  toShanghaiIso,
  VersionConflictError,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { careEvent, changeRecord, isoNow, loadOrThrow } from './care-commit.js';
import { APPROVING_ROLES, actorId, actsFor, approves, type CareActor, type CareDeps } from './care-deps.js';

export const RATING_LISTS = { appealsPending: 'appeals-pending' };
export const FOLLOW_UP_LISTS = { open: 'follow-ups-open' };

export function followUpWrite(f: FollowUp, expectedVersion: number | undefined): CareWrite {
  const due = followUpDueAt(f);
  return {
    kind: 'follow-up',
    id: f.id,
    record: f,
    expectedVersion,
    ...(due ? { list: { name: FOLLOW_UP_LISTS.open, sortKey: due } } : {}),
  };
}

function ratingWrite(r: Rating, expectedVersion: number | undefined): CareWrite {
  return {
    kind: 'rating',
    id: r.id,
    record: r,
    expectedVersion,
    ...(r.appeal?.status === 'pending'
      ? { list: { name: RATING_LISTS.appealsPending, sortKey: r.appeal.requestedAt } }
      : {}),
  };
}

/** What a rating page may show: the service's department and window, never the applicant's data. */
export interface RatableView {
  service: RatableService;
  rated: boolean;
  closesAt: string;
}

/** 好差评: one rating per completed service, defaults, appeals; a 差评 opens its follow-up. */
export class RatingUseCases {
  constructor(private readonly deps: CareDeps) {}

  private async service(tenantId: string, ref: string): Promise<RatableService> {
    const service = await this.deps.ratableServices.findServiceForRating(tenantId, ref);
    if (!service) throw new CareNotFoundError(`ratable service "${ref}"`, 'service_not_ratable');
    return service;
  }

  /** The service a code names, for the rating page. */
  async ratable(tenantId: string, ref: string): Promise<RatableView> {
    const [config, service] = await Promise.all([
      tenantConfigOf(this.deps, tenantId),
      this.service(tenantId, ref),
    ]);
    const existing = await this.deps.careStore.get<Rating>(tenantId, 'rating', service.serviceRecordId);
    const closes = Date.parse(service.completedAt) + config.care.ratingWindowDays * 86_400_000;
    return { service, rated: existing !== undefined, closesAt: toShanghaiIso(new Date(closes)) };
  }

  /**
   * The applicant rates (一次一评). The rating and, for a 差评, its follow-up with the call-back and
   * fix deadlines in the tenant's working days, are written in one transaction with their events.
   */
  async rate(
    tenantId: string,
    ref: string,
    input: RateInput,
  ): Promise<{ rating: Rating; followUp?: FollowUp }> {
    const [config, service] = await Promise.all([
      tenantConfigOf(this.deps, tenantId),
      this.service(tenantId, ref),
    ]);
    const { now, iso } = isoNow(this.deps);
    const existing = await this.deps.careStore.get<Rating>(tenantId, 'rating', service.serviceRecordId);
    const rating = rateService(service, input, {
      now,
      nowIso: iso,
      windowDays: config.care.ratingWindowDays,
      existing: existing?.record,
    });
    const actor: CareActor = { kind: 'citizen' };
    const followUp = rating.bad
      ? openFollowUp(rating, {
          now: iso,
          callbackDueAt: addWorkingDays(config, now, config.care.callbackWorkingDays),
          fixDueAt: addWorkingDays(config, now, config.care.fixWorkingDays),
        })
      : undefined;
    const events = [
      careEvent(
        tenantId,
        'rating.given',
        actor,
        { kind: 'rating', id: rating.id },
        {
          serviceRecordId: service.serviceRecordId,
          departmentId: service.departmentId,
          ...(service.windowId ? { windowId: service.windowId } : {}),
          handlerIds: service.handlerIds,
          level: rating.level,
          channel: rating.channel,
          identified: rating.identity !== undefined,
        },
        iso,
      ),
      ...(followUp
        ? [
            careEvent(
              tenantId,
              'follow-up.opened',
              { kind: 'system' },
              { kind: 'follow-up', id: followUp.id },
              {
                ratingId: rating.id,
                departmentId: followUp.departmentId,
                callbackDueAt: followUp.callbackDueAt,
                fixDueAt: followUp.fixDueAt,
              },
              iso,
            ),
          ]
        : []),
    ];
    try {
      await this.deps.careStore.commit(
        tenantId,
        [ratingWrite(rating, undefined), ...(followUp ? [followUpWrite(followUp, undefined)] : [])],
        events,
      );
    } catch (error) {
      // Someone rated the same service in the meantime (two taps, two devices): one rating stands.
      if (error instanceof VersionConflictError) throw new AlreadyRatedError(service.serviceRecordId);
      throw error;
    }
    return { rating, ...(followUp ? { followUp } : {}) };
  }

  async find(tenantId: string, id: string): Promise<Rating> {
    return (await loadOrThrow<Rating>(this.deps.careStore, tenantId, 'rating', id)).record;
  }

  /**
   * The nightly job: every service completed more than the rating window ago (looking back
   * `lookbackDays` more, so a missed night is caught up) and not rated gets the tenant's default
   * level, marked `defaulted`. A citizen rating at the same moment wins; nothing is written twice.
   */
  async defaultUnratedRatings(tenantId: string, now: Date, lookbackDays = 3): Promise<Rating[]> {
    const config = await tenantConfigOf(this.deps, tenantId);
    const to = new Date(now.getTime() - config.care.ratingWindowDays * 86_400_000);
    const from = new Date(to.getTime() - lookbackDays * 86_400_000);
    const services = await this.deps.ratableServices.completedBetween(
      tenantId,
      toShanghaiIso(from),
      toShanghaiIso(to),
    );
    const iso = toShanghaiIso(now);
    const made: Rating[] = [];
    for (const service of services) {
      if (await this.deps.careStore.get(tenantId, 'rating', service.serviceRecordId)) continue;
      const rating = defaultRating(service, config.care.defaultRatingLevel, iso);
      try {
        await this.deps.careStore.commit(
          tenantId,
          [ratingWrite(rating, undefined)],
          [
            careEvent(
              tenantId,
              'rating.defaulted',
              { kind: 'system' },
              { kind: 'rating', id: rating.id },
              {
                serviceRecordId: service.serviceRecordId,
                departmentId: service.departmentId,
                level: rating.level,
              },
              iso,
            ),
          ],
        );
        made.push(rating);
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
    return made;
  }

  /** 申诉复核: the handling department asks to void a malicious or mistaken rating. */
  async appeal(tenantId: string, id: string, reason: string, actor: CareActor): Promise<Rating> {
    const { iso } = isoNow(this.deps);
    return changeRecord<Rating, Rating>(
      this.deps.careStore,
      tenantId,
      'rating',
      id,
      ({ record, version }) => {
        if (!actsFor(actor, record.departmentId)) throw new CareRoleError(['the handling department']);
        const next = appealRating(record, reason, { now: iso, by: actorId(actor) });
        return {
          writes: [ratingWrite(next, version)],
          events: [
            careEvent(
              tenantId,
              'rating.appealed',
              actor,
              { kind: 'rating', id },
              { departmentId: next.departmentId },
              iso,
            ),
          ],
          result: next,
        };
      },
    );
  }

  /** The section manager decides; an upheld appeal voids the rating and closes its follow-up. */
  async decideAppeal(
    tenantId: string,
    id: string,
    decision: { uphold: boolean; reason: string },
    actor: CareActor,
  ): Promise<Rating> {
    if (!approves(actor)) throw new CareRoleError(APPROVING_ROLES);
    const { iso } = isoNow(this.deps);
    const followUp = await this.deps.careStore.get<FollowUp>(tenantId, 'follow-up', id);
    return changeRecord<Rating, Rating>(
      this.deps.careStore,
      tenantId,
      'rating',
      id,
      ({ record, version }) => {
        const next = decideAppeal(record, decision, { now: iso, by: actorId(actor) });
        const closing =
          decision.uphold && followUp && followUp.record.status !== 'closed'
            ? closeOnVoidedRating(followUp.record, { now: iso, by: actorId(actor), reason: decision.reason })
            : undefined;
        return {
          writes: [
            ratingWrite(next, version),
            ...(closing && followUp ? [followUpWrite(closing, followUp.version)] : []),
          ],
          events: [
            careEvent(
              tenantId,
              'rating.appeal-decided',
              actor,
              { kind: 'rating', id },
              { upheld: decision.uphold },
              iso,
            ),
            ...(closing
              ? [
                  careEvent(
                    tenantId,
                    'follow-up.closed',
                    actor,
                    { kind: 'follow-up', id },
                    { voidedRating: true },
                    iso,
                  ),
                ]
              : []),
          ],
          result: next,
        };
      },
    );
  }

  async pendingAppeals(tenantId: string): Promise<Rating[]> {
    return (
      await this.deps.careStore.list<Rating>(tenantId, RATING_LISTS.appealsPending, { limit: 200 })
    ).map((s) => s.record);
  }
}
