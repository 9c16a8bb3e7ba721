import { type Booking, DomainError, maskPhone, type StaffRole, staffIdOf } from '@openhall/domain';
import type { StaffCaller } from '@openhall/services';
import type { Context } from 'hono';
import { pick } from '../../i18n/locale.js';
import type { PageContext } from '../../page-context.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffSession } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { deskWords } from './desk-i18n.js';

/** Styles of the desk's pages; the ledger prints without the frame, the forms or the buttons. */
export const DESK_CSS = `.done{border:3px solid #166534;padding:.5rem .75rem;background:#ecfdf5}
.refused{border:3px solid #b91c1c;padding:.5rem .75rem;background:#fef2f2}
.inline{display:inline-flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.25rem 0}
.trail{font-size:.9em;margin:0;padding-left:1.2rem}
.late{color:#b91c1c;font-weight:700}
td form{margin:.25rem 0}
label{display:block;font-weight:700;margin:.5rem 0 .2rem}
label.check{display:inline-flex;gap:.3rem;font-weight:400;margin:0}
input[type=text],input[type=tel]{font:inherit;min-height:var(--tap);padding:.3rem .5rem;border:2px solid #4d4d4d;border-radius:.35rem;width:100%;max-width:24rem}
@media print{form,.no-print,button{display:none!important}body{font-size:11pt}th,td{padding:.15rem .3rem}}`;

/** The member as the desk's use cases take them. */
export function callerOf(session: StaffSession): StaffCaller {
  return { id: staffIdOf(session.principal), roles: session.roles };
}

/** 403 with the frame, for a member whose roles do not open this page. */
export function forbidden(c: Context, ctx: PageContext, session: StaffSession): Promise<Response> {
  const w = staffWords[ctx.locale];
  return renderStaffPage(c, ctx, {
    title: w.forbidden.title,
    session,
    status: 403,
    body: (
      <>
        <h1>{w.forbidden.title}</h1>
        <p>{w.forbidden.text}</p>
      </>
    ),
  });
}

export function allowed(session: StaffSession, ...roles: StaffRole[]): boolean {
  return holds(session, ...roles);
}

/** `2026-10-02 09:00` from an ISO 8601 +08:00 instant. */
export function shortTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** The stable code of a refusal, for the page's message; anything else is rethrown. */
export function refusalCode(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  throw error;
}

/** The banner after a form: done, or refused with the reason in words. */
export function Outcome(props: { ctx: PageContext; done?: string | undefined; error?: string | undefined }) {
  const w = deskWords[props.ctx.locale];
  if (props.error) {
    return (
      <p class="refused" role="alert">
        {w.refused}
        {w.errors[props.error] ?? props.error}
        {` (${props.error})`}
      </p>
    );
  }
  return props.done ? (
    <p class="done" role="status">
      {props.done}
    </p>
  ) : null;
}

/** The phone in full for who must call the applicant; masked otherwise. */
export function phoneFor(session: StaffSession, booking: Booking, handler: boolean): string {
  const full = handler || holds(session, 'desk', 'section-manager', 'district-admin');
  return full ? booking.applicant.phone : maskPhone(booking.applicant.phone);
}

export function matterName(ctx: PageContext, id: string): string {
  const matter = ctx.config.matters.find((m) => m.id === id);
  return matter ? pick(matter.name, ctx.locale) : id;
}

export function windowCode(ctx: PageContext, id: string | undefined): string {
  if (!id) return '';
  return ctx.config.windows.find((w) => w.id === id)?.code ?? id;
}

/** The booking's trail: who did what, when. */
export function Trail(props: { ctx: PageContext; booking: Booking }) {
  const w = deskWords[props.ctx.locale];
  const name = (id: string) => props.ctx.config.staff.find((s) => s.id === id)?.name ?? id;
  const h = props.booking.handling;
  return (
    <ol class="trail">
      {props.booking.history.map((e) => (
        <li>
          {shortTime(e.at)} {w.actions[e.action] ?? e.action} · {name(e.actor)}
          {e.action === 'dispatched' && h?.leadWindowId
            ? `（${[h.leadWindowId, ...h.cooperatingWindowIds].map((id) => windowCode(props.ctx, id)).join('、')}）`
            : ''}
          {e.reason ? `（${e.reason}）` : ''}
        </li>
      ))}
    </ol>
  );
}

/** The handling state of a desk request, or the booking's status. */
export function stateOf(ctx: PageContext, booking: Booking): string {
  const w = deskWords[ctx.locale];
  const s = booking.status === 'booked' && booking.handling ? booking.handling.state : booking.status;
  return w.states[s] ?? s;
}
