import {
  type Booking,
  isLate,
  pendingChange,
  StaffChangeRequestSchema,
  shanghaiDateOf,
} from '@openhall/domain';
import type { DeskUseCases } from '@openhall/services';
import type { Handler } from 'hono';
import { bundleWords } from '../../citizen/bundle/bundle-i18n.js';
import { TableHead } from '../../components/header-row.js';
import { pick } from '../../i18n/locale.js';
import { type PageContext, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import type { StaffEnv, StaffSession } from '../session/staff-session.js';
import { staffPaths } from '../staff-paths.js';
import { deskWords } from './desk-i18n.js';
import {
  allowed,
  callerOf,
  DESK_CSS,
  forbidden,
  matterName,
  Outcome,
  refusalCode,
  shortTime,
  stateOf,
  Trail,
} from './desk-page-parts.js';

/** The window's list of dispatched bookings: `/t/{t}/staff/windows/{windowId}/bookings`. */
export function windowBookingsPath(tenantId: string, windowId: string): string {
  return staffPaths.windowBookings(tenantId, windowId);
}

function servesWindow(session: StaffSession, windowId: string): boolean {
  return allowed(session, 'section-manager', 'district-admin') || session.member.windowIds.includes(windowId);
}

function BookingActions(props: { ctx: PageContext; booking: Booking; windowId: string; date: string }) {
  const { ctx, booking: b } = props;
  const w = deskWords[ctx.locale];
  const action = (step: string) =>
    `${windowBookingsPath(ctx.tenantId, props.windowId)}/${b.code}/${step}?date=${props.date}`;
  const h = b.handling;
  const late = isLate(b, ctx.config.bookingPolicy, ctx.now);
  return (
    <>
      {late ? (
        <form method="post" action={action('late-contact')}>
          <p class="late">{w.window.late}</p>
          <label class="check">
            <input type="checkbox" name="reached" value="true" />
            {w.window.reached}
          </label>
          <label class="check">
            <input type="checkbox" name="gaveUp" value="true" />
            {w.window.gaveUp}
          </label>
          <label for={`late-note-${b.code}`}>{w.window.note}</label>
          <input id={`late-note-${b.code}`} name="note" type="text" maxlength={500} />
          <button type="submit" class="btn">
            {w.window.lateContact}
          </button>
        </form>
      ) : null}
      {h?.state === 'dispatched' && h.leadWindowId === props.windowId ? (
        <form method="post" action={action('sign-for')}>
          <button type="submit" class="btn">
            {w.window.signFor}
          </button>
        </form>
      ) : null}
      {h?.state === 'signed-for' && b.status === 'booked' ? (
        <>
          <form method="post" action={action('contact')}>
            <label class="check">
              <input type="checkbox" name="reached" value="true" />
              {w.window.reached}
            </label>
            <label for={`note-${b.code}`}>{w.window.note}</label>
            <input id={`note-${b.code}`} name="note" type="text" maxlength={500} />
            <button type="submit" class="btn">
              {w.window.contact}
            </button>
          </form>
          {h.notice ? (
            <p>{w.window.noticeSent(shortTime(h.notice.at))}</p>
          ) : (
            <form method="post" action={action('notice')}>
              <button type="submit" class="btn">
                {w.window.notice}
              </button>
            </form>
          )}
          {h.notice ? (
            <ul>
              {h.notice.materials.map((m) => (
                <li>{pick(m, ctx.locale)}</li>
              ))}
            </ul>
          ) : null}
          {h.contacts.length > 0 ? (
            <ul>
              {h.contacts.map((k) => (
                <li>
                  {shortTime(k.at)} {k.reached ? w.window.reached : w.window.notReached}
                  {k.note ? `：${k.note}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {h.reconfirmed ? <p>{w.window.reconfirmed(shortTime(h.reconfirmed.start))}</p> : null}
          <form method="post" action={action('reconfirm')}>
            <button type="submit" class="btn">
              {w.window.reconfirm}
            </button>
          </form>
        </>
      ) : null}
      {b.status === 'booked' ? (
        <ChangeRequestForm ctx={ctx} booking={b} action={action('change-request')} />
      ) : null}
    </>
  );
}

/** A handler asks the section manager to move or cancel the booking, with the reason. */
function ChangeRequestForm(props: { ctx: PageContext; booking: Booking; action: string }) {
  const w = deskWords[props.ctx.locale];
  const pending = pendingChange(props.booking);
  if (pending)
    return (
      <p>{w.change.pending(pending.kind === 'cancel' ? w.change.cancel : shortTime(pending.start ?? ''))}</p>
    );
  const id = (f: string) => `${f}-${props.booking.code}`;
  return (
    <details>
      <summary>{w.change.title}</summary>
      <form method="post" action={props.action}>
        <label for={id('kind')}>{w.change.kind}</label>
        <select id={id('kind')} name="kind">
          <option value="reschedule">{w.change.reschedule}</option>
          <option value="cancel">{w.change.cancel}</option>
        </select>
        <label for={id('date')}>{w.desk.date}</label>
        <input id={id('date')} name="date" type="date" />
        <label for={id('time')}>{w.desk.time}</label>
        <input id={id('time')} name="time" type="time" step="300" />
        <label for={id('reason')}>{w.change.reason}</label>
        <input id={id('reason')} name="reason" type="text" maxlength={500} required />
        <label class="check">
          <input type="checkbox" name="forceMajeure" value="true" />
          {w.change.forceMajeure}
        </label>
        <button type="submit" class="btn">
          {w.change.submit}
        </button>
      </form>
    </details>
  );
}

export function showWindowBookings(deps: PagesDeps, desk: DeskUseCases): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    const windowId = c.req.param('windowId') ?? '';
    const window = ctx.config.windows.find((win) => win.id === windowId);
    if (!window) return c.notFound();
    if (!servesWindow(session, windowId)) return forbidden(c, ctx, session);
    const w = deskWords[ctx.locale];
    const date = /^\d{4}-\d{2}-\d{2}$/.test(c.req.query('date') ?? '')
      ? c.req.query('date')!
      : shanghaiDateOf(ctx.now);
    const bookings = await desk.windowDay(ctx.tenantId, windowId, date, callerOf(session));
    return renderStaffPage(c, ctx, {
      title: w.window.title(window.code),
      session,
      css: DESK_CSS,
      body: (
        <>
          <h1>{w.window.title(window.code)}</h1>
          <Outcome
            ctx={ctx}
            done={c.req.query('done') ? w.window.done(c.req.query('done') ?? '') : undefined}
            error={c.req.query('error')}
          />
          <form method="get" class="inline no-print">
            <label for="date">{w.desk.date}</label>
            <input id="date" name="date" type="date" value={date} />
            <button type="submit">{w.ledger.show}</button>
          </form>
          {bookings.length === 0 ? (
            <p>{w.window.empty}</p>
          ) : (
            <table>
              <TableHead
                labels={[
                  w.columns.time,
                  w.columns.code,
                  w.columns.matter,
                  w.columns.applicant,
                  w.columns.phone,
                  w.columns.state,
                  w.columns.actions,
                  w.columns.trail,
                ]}
              />
              <tbody>
                {bookings.map((b) => (
                  <tr data-code={b.code}>
                    <td>{shortTime(b.start).slice(11)}</td>
                    <td>{b.code}</td>
                    <td>
                      {matterName(ctx, b.matterId)}（
                      {b.handling?.leadWindowId === windowId ? w.window.lead : w.window.cooperating}）
                      {b.bundle ? (
                        <span data-bundle={b.bundle.id}>
                          {' · '}
                          {bundleWords[ctx.locale].heading}：
                          {pick(
                            ctx.config.bundles.find((x) => x.id === b.bundle?.id)?.name ?? {
                              zh: b.bundle.id,
                              en: b.bundle.id,
                            },
                            ctx.locale,
                          )}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {b.applicant.name}
                      {b.applicant.organisation ? ` · ${b.applicant.organisation}` : ''}
                    </td>
                    {/* The handler must call the applicant: the phone in full. */}
                    <td>{b.applicant.phone}</td>
                    <td>{stateOf(ctx, b)}</td>
                    <td>
                      <BookingActions ctx={ctx} booking={b} windowId={windowId} date={date} />
                    </td>
                    <td>
                      <Trail ctx={ctx} booking={b} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ),
    });
  };
}

const STEPS = ['sign-for', 'contact', 'notice', 'reconfirm', 'late-contact', 'change-request'] as const;

/** One step from the window's list; back to the list with the outcome. */
export function windowStep(deps: PagesDeps, desk: DeskUseCases): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const tenantId = c.req.param('tenantId') ?? '';
    const windowId = c.req.param('windowId') ?? '';
    const code = c.req.param('code') ?? '';
    const step = c.req.param('step') ?? '';
    const date = /^\d{4}-\d{2}-\d{2}$/.test(c.req.query('date') ?? '') ? `date=${c.req.query('date')}&` : '';
    const back = `${windowBookingsPath(tenantId, windowId)}?${date}`;
    if (!(STEPS as readonly string[]).includes(step)) return c.notFound();
    if (!servesWindow(session, windowId)) {
      const ctx = await pageContext(c, deps);
      return ctx ? forbidden(c, ctx, session) : c.notFound();
    }
    const form = await c.req.parseBody();
    const note = typeof form.note === 'string' ? form.note.trim().slice(0, 500) : '';
    const reached = form.reached === 'true';
    const caller = callerOf(session);
    try {
      if (step === 'sign-for') await desk.signFor(tenantId, code, caller);
      if (step === 'contact') await desk.contact(tenantId, code, caller, { reached, note });
      if (step === 'notice') await desk.sendNotice(tenantId, code, caller);
      if (step === 'reconfirm') await desk.reconfirm(tenantId, code, caller);
      if (step === 'change-request') {
        const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
        const parsed = StaffChangeRequestSchema.safeParse({
          kind: text('kind'),
          ...(text('kind') === 'reschedule' ? { start: `${text('date')}T${text('time')}:00+08:00` } : {}),
          reason: text('reason'),
          forceMajeure: text('forceMajeure') === 'true',
        });
        if (!parsed.success) return c.redirect(`${back}error=validation_failed`, 303);
        await desk.requestChange(tenantId, code, caller, parsed.data);
      }
      if (step === 'late-contact') {
        await desk.lateContact(tenantId, code, caller, { reached, note, gaveUp: form.gaveUp === 'true' });
      }
      return c.redirect(`${back}done=${code}`, 303);
    } catch (error) {
      return c.redirect(`${back}error=${encodeURIComponent(refusalCode(error))}`, 303);
    }
  };
}
