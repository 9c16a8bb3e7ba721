import type { BookingView, Commitment, MailingPublicView } from '@openhall/domain';
import { BookingCode } from '../../components/booking-code.js';
import { BookingFacts } from '../../components/booking-facts.js';
import { CommitmentFacts } from '../../components/commitment-facts.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { IcsButton } from '../../components/ics-button.js';
import { Materials } from '../../components/materials.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import { MailingFacts } from '../care/mailing-facts.js';
import { CredentialFields } from './credential-fields.js';

/**
 * A booking found: what happened if a change of the hall's arrangements stranded it, its code, status and facts, what to bring while it stands (the materials its
 * notice gave), and what the citizen may still do with it.
 */
export function BookingPage(props: {
  ctx: PageContext;
  booking: BookingView;
  qrSvg: string;
  done?: string;
  refusal?: string;
  /** 寄送: the mailing of this booking's result, if the hall records one. */
  mailing?: MailingPublicView;
  /** 承诺办理: the commitment signed when its service record was accepted. */
  commitment?: Omit<Commitment, 'recordedBy'>;
}) {
  const { ctx, booking } = props;
  const { t } = ctx;
  const active = booking.status === 'booked';
  return (
    <>
      <h1>{t.myBooking.title}</h1>
      <ErrorSummary t={t} errors={props.refusal ? [{ message: props.refusal }] : []} />
      {props.done ? (
        <p class="notice ok" role="status">
          {props.done}
        </p>
      ) : null}
      {active && booking.stranded ? (
        <section class="notice" role="alert" aria-labelledby="stranded">
          <h2 id="stranded">{t.myBooking.strandedTitle}</h2>
          <p>{t.myBooking.stranded(booking.notice.hall.phone ?? booking.notice.tenant.servicePhone)}</p>
        </section>
      ) : null}
      <BookingCode ctx={ctx} code={booking.code} {...(active ? { qrSvg: props.qrSvg } : {})} />
      {props.mailing ? <MailingFacts ctx={ctx} mailing={props.mailing} /> : null}
      {props.commitment ? <CommitmentFacts locale={ctx.locale} commitment={props.commitment} /> : null}
      <BookingFacts ctx={ctx} booking={booking} showStatus />
      {active ? (
        <Materials ctx={ctx} materials={booking.notice.matter.materials} headingId="materials" />
      ) : null}
      {active ? (
        <section aria-labelledby="change">
          <h2 id="change">{t.myBooking.actions}</h2>
          <div class="actions">
            <form method="post" action={pagePaths.reschedule(ctx.tenantId)}>
              <CredentialFields booking={booking} />
              <button type="submit" class="btn">
                {t.myBooking.reschedule}
              </button>
            </form>
            <form method="post" action={pagePaths.cancel(ctx.tenantId)}>
              <CredentialFields booking={booking} />
              <button type="submit" class="btn secondary">
                {t.myBooking.cancel}
              </button>
            </form>
            <IcsButton ctx={ctx} booking={booking} />
          </div>
        </section>
      ) : null}
    </>
  );
}
