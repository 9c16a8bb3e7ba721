import {
  type BookingChannel,
  BookingChannelSchema,
  type BookingStatus,
  BookingStatusSchema,
  pendingChange,
  shanghaiDateOf,
} from '@openhall/domain';
import type { DeskUseCases } from '@openhall/services';
import type { Handler } from 'hono';
import { TableHead } from '../../components/header-row.js';
import { pick } from '../../i18n/locale.js';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import type { StaffEnv } from '../session/staff-session.js';
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
  windowCode,
} from './desk-page-parts.js';

/**
 * 预约台账: a department's bookings of one day by channel and state, names and phones masked,
 * printable (the print style drops the frame and the forms). The member's own department unless
 * the section manager or admin picks another.
 */
export function showLedger(deps: PagesDeps, desk: DeskUseCases): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    const w = deskWords[ctx.locale];
    const manager = allowed(session, 'section-manager', 'district-admin');
    const asked = c.req.query('departmentId');
    const departmentId =
      manager && asked && ctx.config.departments.some((d) => d.id === asked)
        ? asked
        : session.member.departmentId;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(c.req.query('date') ?? '')
      ? c.req.query('date')!
      : shanghaiDateOf(ctx.now);
    const channel = BookingChannelSchema.safeParse(c.req.query('channel')).data as BookingChannel | undefined;
    const status = BookingStatusSchema.safeParse(c.req.query('status')).data as BookingStatus | undefined;
    const ledger = await desk.ledger(ctx.tenantId, {
      departmentId,
      date,
      ...(channel ? { channel } : {}),
      ...(status ? { status } : {}),
    });
    const department = ctx.config.departments.find((d) => d.id === departmentId);
    const title = `${w.ledger.title} · ${department ? pick(department.name, ctx.locale) : departmentId} · ${date}`;
    return renderStaffPage(c, ctx, {
      title,
      session,
      css: DESK_CSS,
      body: (
        <>
          <h1>{title}</h1>
          <Outcome
            ctx={ctx}
            done={c.req.query('done') ? w.window.done(c.req.query('done') ?? '') : undefined}
            error={c.req.query('error')}
          />
          <form method="get" class="inline no-print">
            {manager ? (
              <>
                <label for="departmentId">{w.ledger.department}</label>
                <select id="departmentId" name="departmentId">
                  {ctx.config.departments.map((d) => (
                    <option value={d.id} selected={d.id === departmentId}>
                      {pick(d.name, ctx.locale)}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
            <label for="date">{w.desk.date}</label>
            <input id="date" name="date" type="date" value={date} />
            <label for="channel">{w.columns.channel}</label>
            <select id="channel" name="channel">
              <option value="">{w.ledger.all}</option>
              {BookingChannelSchema.options.map((ch) => (
                <option value={ch} selected={ch === channel}>
                  {w.desk.channels[ch]}
                </option>
              ))}
            </select>
            <label for="status">{w.ledger.status}</label>
            <select id="status" name="status">
              <option value="">{w.ledger.all}</option>
              {BookingStatusSchema.options.map((s) => (
                <option value={s} selected={s === status}>
                  {w.states[s]}
                </option>
              ))}
            </select>
            <button type="submit">{w.ledger.show}</button>
          </form>
          <p class="no-print">{w.ledger.print}</p>
          <p>
            {w.ledger.total(ledger.bookings.length)}
            {Object.entries(ledger.counts).map(([s, n]) => ` · ${w.states[s] ?? s} ${n}`)}
          </p>
          <table>
            <TableHead
              labels={[
                w.columns.time,
                w.columns.code,
                w.columns.matter,
                w.columns.window,
                w.columns.applicant,
                w.columns.phone,
                w.columns.organisation,
                w.columns.channel,
                w.columns.state,
                w.columns.trail,
              ]}
            />
            <tbody>
              {ledger.bookings.map((b) => {
                const pending = pendingChange(b);
                return (
                  <tr data-code={b.code}>
                    <td>{shortTime(b.start).slice(11)}</td>
                    <td>{b.code}</td>
                    <td>{matterName(ctx, b.matterId)}</td>
                    <td>{windowCode(ctx, b.handling?.leadWindowId ?? b.windowId)}</td>
                    <td>{b.applicant.name}</td>
                    <td>{b.applicant.phone}</td>
                    <td>{b.applicant.organisation ?? ''}</td>
                    <td>{w.desk.channels[b.channel]}</td>
                    <td>{stateOf(ctx, b)}</td>
                    <td>
                      <Trail ctx={ctx} booking={b as never} />
                      {pending && manager ? (
                        <form method="post" action={`${staffPaths.ledger(ctx.tenantId)}/${b.code}/decision`}>
                          <p>
                            {w.actions['change-requested']}：
                            {pending.kind === 'cancel' ? w.states.cancelled : shortTime(pending.start ?? '')}
                            （{pending.reason}）
                          </p>
                          <button type="submit" name="approve" value="true">
                            {w.actions['change-approved']}
                          </button>
                          <button type="submit" name="approve" value="false">
                            {w.actions['change-rejected']}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ),
    });
  };
}

/** The section manager decides a pending staff change from the ledger. */
export function decideFromLedger(deps: PagesDeps, desk: DeskUseCases): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const tenantId = c.req.param('tenantId') ?? '';
    const back = staffPaths.ledger(tenantId);
    if (!allowed(session, 'section-manager', 'district-admin')) {
      const ctx = await pageContext(c, deps);
      return ctx ? forbidden(c, ctx, session) : c.notFound();
    }
    const code = c.req.param('code') ?? '';
    const form = await c.req.parseBody();
    try {
      const b = await desk.decideChange(tenantId, code, callerOf(session), form.approve === 'true');
      return c.redirect(`${back}?date=${b.start.slice(0, 10)}&done=${code}`, 303);
    } catch (error) {
      return c.redirect(`${back}?error=${encodeURIComponent(refusalCode(error))}`, 303);
    }
  };
}
