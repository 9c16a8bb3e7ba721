import {
  advanceMailing,
  CareRuleError,
  type Mailing,
  type MailingInput,
  type MailingStepInput,
  requestMailing,
  VersionConflictError,
} from '@openhall/domain';
import { careEvent, changeRecord, isoNow, loadOrThrow } from './care-commit.js';
import { actorId, type CareActor, type CareDeps } from './care-deps.js';

/** 寄送: one mailing per booking or ticket, its carrier and tracking number, shown to the applicant. */
export class MailingUseCases {
  constructor(private readonly deps: CareDeps) {}

  async request(tenantId: string, input: MailingInput, actor: CareActor): Promise<Mailing> {
    const { iso } = isoNow(this.deps);
    const mailing = requestMailing(input, { now: iso, by: actorId(actor) });
    try {
      await this.deps.careStore.commit(
        tenantId,
        [{ kind: 'mailing', id: mailing.id, record: mailing, expectedVersion: undefined }],
        [
          careEvent(
            tenantId,
            'mailing.requested',
            actor,
            { kind: 'mailing', id: mailing.id },
            { direction: mailing.direction },
            iso,
          ),
        ],
      );
    } catch (error) {
      if (error instanceof VersionConflictError)
        throw new CareRuleError('mailing_exists', 'this booking or ticket has its mailing already', {
          ref: input.ref,
        });
      throw error;
    }
    return mailing;
  }

  async find(tenantId: string, ref: string): Promise<Mailing> {
    return (await loadOrThrow<Mailing>(this.deps.careStore, tenantId, 'mailing', ref)).record;
  }

  /** The mailing of a booking or ticket, if it has one (its page shows it). */
  async of(tenantId: string, ref: string): Promise<Mailing | undefined> {
    if (!/^[A-Za-z0-9-]{2,64}$/.test(ref)) return undefined;
    return (await this.deps.careStore.get<Mailing>(tenantId, 'mailing', ref))?.record;
  }

  async advance(tenantId: string, ref: string, input: MailingStepInput, actor: CareActor): Promise<Mailing> {
    const { iso } = isoNow(this.deps);
    return changeRecord<Mailing, Mailing>(
      this.deps.careStore,
      tenantId,
      'mailing',
      ref,
      ({ record, version }) => {
        const next = advanceMailing(record, input, { now: iso, by: actorId(actor) });
        return {
          writes: [{ kind: 'mailing', id: ref, record: next, expectedVersion: version }],
          events: [
            careEvent(
              tenantId,
              'mailing.advanced',
              actor,
              { kind: 'mailing', id: ref },
              { status: next.status },
              iso,
            ),
          ],
          result: next,
        };
      },
    );
  }
}
