import type { DeskUseCases } from '@openhall/services';
import type { Handler } from 'hono';
import { TableHead } from '../../components/header-row.js';
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
  windowCode,
} from './desk-page-parts.js';

const MANAGER_ROLES = ['section-manager', 'district-admin'] as const;

/** The section manager's board: every request waiting for dispatch, each with its dispatch form. */
export function showDispatchBoard(deps: PagesDeps, desk: DeskUseCases): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!allowed(session, ...MANAGER_ROLES)) return forbidden(c, ctx, session);
    const w = deskWords[ctx.locale];
    const queue = await desk.dispatchQueue(ctx.tenantId);
    const done = c.req.query('done');
    const windows = ctx.config.windows.filter((win) => !win.retired && win.kind !== 'consultation');
    return renderStaffPage(c, ctx, {
      title: w.dispatch.title,
      session,
      css: DESK_CSS,
      body: (
        <>
          <h1>{w.dispatch.title}</h1>
          <Outcome ctx={ctx} done={done ? w.dispatch.done(done) : undefined} error={c.req.query('error')} />
          {queue.length === 0 ? (
            <p>{w.dispatch.empty}</p>
          ) : (
            <table>
              <TableHead
                labels={[
                  w.columns.code,
                  w.columns.time,
                  w.columns.matter,
                  w.columns.applicant,
                  w.columns.phone,
                  w.columns.organisation,
                  w.columns.channel,
                  w.columns.actions,
                ]}
              />
              <tbody>
                {queue.map((b) => (
                  <tr data-code={b.code}>
                    <td>{b.code}</td>
                    <td>
                      {shortTime(b.start)}
                      {b.registration?.requestedTime ? `（${b.registration.requestedTime}）` : ''}
                    </td>
                    <td>{matterName(ctx, b.matterId)}</td>
                    <td>{b.applicant.name}</td>
                    <td>{b.applicant.phone}</td>
                    <td>{b.applicant.organisation ?? ''}</td>
                    <td>{w.desk.channels[b.channel]}</td>
                    <td>
                      <form method="post" action={`${staffPaths.dispatch(ctx.tenantId)}/${b.code}`}>
                        <label for={`lead-${b.code}`}>{w.dispatch.lead}</label>
                        <select id={`lead-${b.code}`} name="leadWindowId">
                          {b.windowIds.map((id) => (
                            <option value={id} selected={id === b.windowId}>
                              {windowCode(ctx, id)}
                            </option>
                          ))}
                        </select>
                        <fieldset>
                          <legend>{w.dispatch.cooperating}</legend>
                          {windows
                            .filter((win) => !b.windowIds.includes(win.id))
                            .map((win) => (
                              <label class="check">
                                <input type="checkbox" name="cooperatingWindowIds" value={win.id} />
                                {win.code}
                              </label>
                            ))}
                        </fieldset>
                        <button type="submit" class="btn">
                          {w.dispatch.submit}
                        </button>
                      </form>
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

export function dispatchFromBoard(deps: PagesDeps, desk: DeskUseCases): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const tenantId = c.req.param('tenantId') ?? '';
    const back = staffPaths.dispatch(tenantId);
    if (!allowed(session, ...MANAGER_ROLES)) {
      const ctx = await pageContext(c, deps);
      return ctx ? forbidden(c, ctx, session) : c.notFound();
    }
    const code = c.req.param('code') ?? '';
    const form = await c.req.parseBody({ all: true });
    const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String);
    try {
      await desk.dispatch(tenantId, code, callerOf(session), {
        leadWindowId: String(form.leadWindowId ?? ''),
        cooperatingWindowIds: list(form.cooperatingWindowIds),
      });
      return c.redirect(`${back}?done=${code}`, 303);
    } catch (error) {
      return c.redirect(`${back}?error=${encodeURIComponent(refusalCode(error))}`, 303);
    }
  };
}
