import { randomUUID } from 'node:crypto';
import { DeskBookingRequestSchema, shanghaiDateOf } from '@openhall/domain';
import type { DeskUseCases } from '@openhall/services';
import type { Handler } from 'hono';
import { bundleWords } from '../../citizen/bundle/bundle-i18n.js';
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
} from './desk-page-parts.js';

const DESK_ROLES = ['desk', 'section-manager', 'district-admin'] as const;

/** The desk console: the 登记表 form and the requests recorded today. */
export function showDeskConsole(deps: PagesDeps, desk: DeskUseCases): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!allowed(session, ...DESK_ROLES)) return forbidden(c, ctx, session);
    const w = deskWords[ctx.locale];
    const today = shanghaiDateOf(ctx.now);
    const recorded = await desk.deskDay(ctx.tenantId, today);
    const done = c.req.query('done');
    const matters = ctx.config.matters.filter((m) => !m.retired);
    return renderStaffPage(c, ctx, {
      title: w.desk.title,
      session,
      css: DESK_CSS,
      body: (
        <>
          <h1>{w.desk.title}</h1>
          <Outcome ctx={ctx} done={done ? w.desk.recorded(done) : undefined} error={c.req.query('error')} />
          <h2>{w.desk.formTitle}</h2>
          <form method="post" action={staffPaths.desk(ctx.tenantId)} class="grid2">
            <input type="hidden" name="idempotencyKey" value={randomUUID()} />
            <div>
              <label for="channel">{w.desk.channel}</label>
              <select id="channel" name="channel">
                <option value="phone">{w.desk.channels.phone}</option>
                <option value="desk">{w.desk.channels.desk}</option>
              </select>
              <label for="matterId">{w.desk.matter}</label>
              <select id="matterId" name="matterId">
                {matters.map((m) => (
                  <option value={m.id}>{pick(m.name, ctx.locale)}</option>
                ))}
              </select>
              {ctx.config.bundles.some((b) => !b.retired) ? (
                <>
                  <label for="bundleId">{bundleWords[ctx.locale].heading}</label>
                  <select id="bundleId" name="bundleId">
                    <option value="">—</option>
                    {ctx.config.bundles
                      .filter((b) => !b.retired)
                      .map((b) => (
                        <option value={b.id}>{pick(b.name, ctx.locale)}</option>
                      ))}
                  </select>
                </>
              ) : null}
              <label for="hallId">{w.desk.hall}</label>
              <select id="hallId" name="hallId">
                {ctx.config.halls.map((h) => (
                  <option value={h.id}>{pick(h.name, ctx.locale)}</option>
                ))}
              </select>
              <label for="date">{w.desk.date}</label>
              <input id="date" name="date" type="date" required />
              <label for="time">{w.desk.time}</label>
              <input id="time" name="time" type="time" step="300" required />
            </div>
            <div>
              <label for="name">{w.desk.name}</label>
              <input id="name" name="name" type="text" required maxlength={40} autocomplete="off" />
              <label for="phone">{w.desk.phone}</label>
              <input id="phone" name="phone" type="tel" required inputmode="tel" autocomplete="off" />
              <label for="organisation">{w.desk.organisation}</label>
              <input id="organisation" name="organisation" type="text" maxlength={100} autocomplete="off" />
              <label for="requestedTime">{w.desk.requestedTime}</label>
              <input id="requestedTime" name="requestedTime" type="text" maxlength={100} autocomplete="off" />
              <p>
                <button type="submit" class="btn">
                  {w.desk.submit}
                </button>
              </p>
            </div>
          </form>
          <h2>{w.desk.today}</h2>
          {recorded.length === 0 ? (
            <p>{w.desk.none}</p>
          ) : (
            <table>
              <TableHead
                labels={[
                  w.columns.recorded,
                  w.columns.code,
                  w.columns.channel,
                  w.columns.time,
                  w.columns.matter,
                  w.columns.applicant,
                  w.columns.phone,
                  w.columns.organisation,
                  w.columns.state,
                ]}
              />
              <tbody>
                {recorded.map((b) => (
                  <tr>
                    <td>{shortTime(b.registration?.recordedAt ?? b.createdAt).slice(11)}</td>
                    <td>{b.code}</td>
                    <td>{w.desk.channels[b.channel]}</td>
                    <td>
                      {shortTime(b.start)}
                      {b.registration?.requestedTime ? `（${b.registration.requestedTime}）` : ''}
                    </td>
                    <td>{matterName(ctx, b.matterId)}</td>
                    <td>{b.applicant.name}</td>
                    <td>{b.applicant.phone}</td>
                    <td>{b.applicant.organisation ?? ''}</td>
                    <td>{stateOf(ctx, b)}</td>
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

/** Records the form through the desk use case; back to the console with the code or the refusal. */
export function recordAtDesk(deps: PagesDeps, desk: DeskUseCases): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const tenantId = c.req.param('tenantId') ?? '';
    const back = staffPaths.desk(tenantId);
    if (!allowed(session, ...DESK_ROLES)) {
      const ctx = await pageContext(c, deps);
      return ctx ? forbidden(c, ctx, session) : c.notFound();
    }
    const form = await c.req.parseBody();
    const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
    // 一件事一次办: a bundle is booked by its lead matter, whatever matter was left selected.
    const bundle = session.config.bundles.find((b) => b.id === text('bundleId') && !b.retired);
    const parsed = DeskBookingRequestSchema.safeParse({
      channel: text('channel'),
      matterId: bundle ? bundle.leadMatterId : text('matterId'),
      ...(bundle ? { bundleId: bundle.id } : {}),
      hallId: text('hallId'),
      start: `${text('date')}T${text('time')}:00+08:00`,
      applicant: {
        name: text('name'),
        phone: text('phone'),
        ...(text('organisation') ? { organisation: text('organisation') } : {}),
      },
      ...(text('requestedTime') ? { requestedTime: text('requestedTime') } : {}),
    });
    if (!parsed.success) return c.redirect(`${back}?error=validation_failed`, 303);
    const key = /^[A-Za-z0-9_-]{8,128}$/.test(text('idempotencyKey')) ? text('idempotencyKey') : randomUUID();
    try {
      const { booking } = await desk.record(tenantId, callerOf(session), parsed.data, key);
      return c.redirect(`${back}?done=${booking.code}`, 303);
    } catch (error) {
      return c.redirect(`${back}?error=${encodeURIComponent(refusalCode(error))}`, 303);
    }
  };
}
