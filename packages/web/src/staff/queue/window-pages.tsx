import { CommitmentInputSchema, DomainError, queueOfHall, SlugSchema, type Ticket } from '@openhall/domain';
import type { StaffActor, TicketCommand } from '@openhall/services';
import type { Handler, Hono } from 'hono';
import { anyCommitmentBased, CommitmentFacts, CommitmentFields } from '../../components/commitment-facts.js';
import { TableHead } from '../../components/header-row.js';
import { pick } from '../../i18n/locale.js';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { queueWords } from '../../queue/queue-i18n.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv, type StaffSession } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { staffPaths } from '../staff-paths.js';

const WINDOW_CSS = `.current{border:4px solid var(--primary);padding:1rem;margin:0 0 1rem}.number{font-size:3rem;font-weight:800;margin:0}
.window-links ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;margin:0 0 .75rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.5rem 0}.actions form{margin:0}
.notice{border:3px solid #b91c1c;padding:.5rem;font-weight:700}.extended{background:#fff3c4;border:3px solid #8a6d00;padding:.5rem;font-weight:700}
fieldset{border:2px solid #8c8c8c;margin:.5rem 0}label{display:block;font-weight:700}input[type=text]{font:inherit;min-height:var(--tap);padding:.3rem .5rem;border:2px solid #4d4d4d;border-radius:.35rem}
textarea{width:100%}`;

/**
 * Keeps the screen current without losing work: every 5 s it asks whether the window's queue moved,
 * and reloads only when nothing is being typed (no field with text, no field but the call button
 * focused); otherwise it says that the queue changed. A failed poll is simply tried again.
 */
const WINDOW_SCRIPT = `(function(){
var cfg=JSON.parse(document.getElementById('window-config').textContent);
var hint=document.getElementById('queue-moved');
function busy(){var a=document.activeElement;if(a&&(a.tagName==='TEXTAREA'||(a.tagName==='INPUT'&&a.type==='text')||a.tagName==='SELECT'))return true;
var f=document.querySelectorAll('textarea,input[type=text]');for(var i=0;i<f.length;i++){if(f[i].value)return true;}return false;}
function poll(){fetch(cfg.url,{cache:'no-store',credentials:'same-origin'}).then(function(r){return r.ok?r.json():null;}).then(function(s){
if(s&&s.state!==cfg.state){if(busy()){hint.hidden=false;}else{location.replace(location.pathname);}}}).catch(function(){}).then(function(){setTimeout(poll,5000);});}
setTimeout(poll,5000);
})();`;

/** What the screen's poll compares: the codes and statuses of everything this window sees. */
function stateOf(view: {
  current: Ticket[];
  waiting: Ticket[];
  later: Ticket[];
  parked: Ticket[];
  finished: number;
}): string {
  return [...view.current, ...view.waiting, ...view.later, ...view.parked]
    .map((t) => `${t.code}.${t.status}.${t.calls}`)
    .concat(String(view.finished))
    .join(',');
}

/** The window's bookings list opens for its own members and for those who stand in at any window. */
function mayOpenBookings(session: StaffSession, windowId: string): boolean {
  return holds(session, 'section-manager', 'district-admin') || session.member.windowIds.includes(windowId);
}

function actorOf(session: StaffSession): StaffActor {
  return { staffId: session.member.id, roles: session.roles };
}

function windowParam(c: Parameters<Handler<StaffEnv>>[0]): string | undefined {
  const id = c.req.param('windowId') ?? '';
  return SlugSchema.safeParse(id).success ? id : undefined;
}

function back(tenantId: string, windowId: string, notice?: string): string {
  return `${staffPaths.window(tenantId, windowId)}${notice ? `?notice=${encodeURIComponent(notice)}` : ''}`;
}

/** Runs a window action; a refusal comes back as a notice on the screen, a fault as the error page. */
async function attempt(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

function TicketActions(props: {
  t: string;
  windowId: string;
  ticket: Ticket;
  session: StaffSession;
  locale: 'zh' | 'en';
}) {
  const { t, windowId, ticket, session, locale } = props;
  const w = queueWords[locale].window;
  const action = `${staffPaths.window(t, windowId)}/tickets/${ticket.code}`;
  const config = session.config;
  const category = queueOfHall(config, ticket.hallId).categories.find((c) => c.id === ticket.categoryId);
  const matters = config.matters.filter((m) => !m.retired && (category?.matterIds.includes(m.id) ?? false));
  const colleagues = config.staff.filter(
    (s) => !s.retired && s.id !== session.member.id && s.windowIds.includes(windowId),
  );
  const others = config.windows.filter((x) => x.hallId === ticket.hallId && x.id !== windowId && !x.retired);
  const simple = (name: string, label: string, key?: string) => (
    <form method="post" action={action}>
      <input type="hidden" name="action" value={name} />
      <button class="btn secondary" type="submit" {...(key ? { accesskey: key } : {})}>
        {label}
      </button>
    </form>
  );
  return (
    <div>
      <div class="actions">
        {ticket.status === 'called' ? simple('recall', w.recall, 'r') : null}
        {ticket.status === 'called' ? (
          <form method="post" action={action}>
            <input type="hidden" name="action" value="accept" />
            {ticket.matterId ? null : (
              <label>
                {w.matter}
                <select name="matterId">
                  {matters.map((m) => (
                    <option value={m.id}>{pick(m.name, locale)}</option>
                  ))}
                </select>
              </label>
            )}
            {anyCommitmentBased(
              ticket.matterId ? config.matters.filter((m) => m.id === ticket.matterId) : matters,
            ) ? (
              <CommitmentFields locale={locale} code={ticket.code} />
            ) : null}
            <button class="btn" type="submit" accesskey="a">
              {w.accept}
            </button>
          </form>
        ) : null}
        {ticket.status === 'called' ? simple('miss', w.miss) : null}
        {ticket.status === 'called' ? simple('requeue', w.requeue) : null}
      </div>
      {ticket.status === 'serving' ? (
        <form method="post" action={action}>
          <input type="hidden" name="action" value="complete" />
          <fieldset>
            <legend>{w.outcome}</legend>
            {(['completed', 'missing-materials', 'referred'] as const).map((o, i) => (
              <label>
                <input type="radio" name="outcome" value={o} checked={i === 0} /> {w.outcomes[o]}
              </label>
            ))}
            <label for="materials">{w.materials}</label>
            <textarea id="materials" name="materials" rows={3} />
            <label for="referredTo">{w.referredTo}</label>
            <input type="text" id="referredTo" name="referredTo" maxlength={200} />
            <label for="handler2">{w.handler2}</label>
            <select id="handler2" name="handler2">
              <option value="">—</option>
              {colleagues.map((s) => (
                <option value={s.id}>{s.name}</option>
              ))}
            </select>
          </fieldset>
          <button class="btn" type="submit">
            {w.complete}
          </button>
        </form>
      ) : null}
      <div class="actions">
        <form method="post" action={action}>
          <input type="hidden" name="action" value="park" />
          <label>
            {w.note}
            <input type="text" name="note" maxlength={500} />
          </label>
          <button class="btn secondary" type="submit">
            {w.park}
          </button>
        </form>
        <form method="post" action={action}>
          <input type="hidden" name="action" value="transfer" />
          <label>
            {w.transferTo}
            <select name="windowId">
              {others.map((x) => (
                <option value={x.id}>{x.code}</option>
              ))}
            </select>
          </label>
          <button class="btn secondary" type="submit">
            {w.transfer}
          </button>
        </form>
      </div>
    </div>
  );
}

function Rows(props: { tickets: Ticket[]; locale: 'zh' | 'en' }) {
  const w = queueWords[props.locale].window;
  return (
    <table>
      <TableHead
        labels={[w.columns.number, w.columns.kind, w.columns.arrived, w.columns.phone, w.columns.status]}
      />
      <tbody>
        {props.tickets.map((t) => (
          <tr>
            <td>
              {t.number}
              {t.priority ? ` · ${w.priority}` : ''}
            </td>
            <td>
              {w.kind[t.kind]}
              {t.appointmentAt ? ` ${t.appointmentAt.slice(11, 16)}` : ''}
            </td>
            <td>{t.arrivedAt.slice(11, 16)}</td>
            <td>{t.phoneMasked ?? ''}</td>
            <td>{w.status[t.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The window screen: my queue, call next, the current person and their outcome. */
function showWindow(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    const windowId = windowParam(c);
    const window = ctx?.config.windows.find((x) => x.id === windowId);
    if (!ctx || !windowId || !window) return c.notFound();
    const w = queueWords[ctx.locale].window;
    let view: Awaited<ReturnType<PagesDeps['queueService']['windowQueue']>>;
    try {
      view = await deps.queueService.windowQueue(ctx.tenantId, windowId, actorOf(session));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_your_window') {
        const sw = staffWords[ctx.locale];
        return renderStaffPage(c, ctx, {
          title: sw.forbidden.title,
          session,
          status: 403,
          body: (
            <>
              <h1>{sw.forbidden.title}</h1>
              <p>{sw.forbidden.text}</p>
            </>
          ),
        });
      }
      throw error;
    }
    const late = await deps.queueService.lateBookings(ctx.tenantId, windowId, actorOf(session));
    const notice = c.req.query('notice');
    const t = ctx.tenantId;
    const sw = staffWords[ctx.locale];
    return renderStaffPage(c, ctx, {
      title: w.title(window.code),
      session,
      css: WINDOW_CSS,
      script: WINDOW_SCRIPT,
      body: (
        <>
          <h1>{w.title(window.code)}</h1>
          <nav class="window-links no-print" aria-label={w.links}>
            <ul>
              <li>
                <a href={staffPaths.menu(t)}>{sw.home.title}</a>
              </li>
              {mayOpenBookings(session, windowId) ? (
                <li>
                  <a href={staffPaths.windowBookings(t, windowId)}>
                    {sw.consoles.windowBookings(window.code)}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
          {view.extended ? <p class="extended">{w.extended}</p> : null}
          {notice ? (
            <p class="notice" role="alert">
              {w.notices[notice] ?? notice}
            </p>
          ) : null}
          <div class="actions">
            <form method="post" action={`${staffPaths.window(t, windowId)}/call-next`}>
              <button class="btn" type="submit" accesskey="n" autofocus={view.current.length === 0}>
                {w.callNext}（{view.waiting.length}）
              </button>
            </form>
            <form method="post" action={`${staffPaths.window(t, windowId)}/check-in`}>
              <label for="checkin">{w.checkIn}</label>
              <input
                type="text"
                id="checkin"
                name="code"
                accesskey="k"
                autocomplete="off"
                maxlength={40}
                required
              />
              <button class="btn secondary" type="submit">
                {w.checkInButton}
              </button>
            </form>
          </div>
          <p>
            <small>{w.keys}</small>
          </p>
          <p id="queue-moved" class="notice" hidden>
            {w.moved}
          </p>
          <script
            type="application/json"
            id="window-config"
            dangerouslySetInnerHTML={{
              __html: JSON.stringify({
                url: `${staffPaths.window(t, windowId)}/state.json`,
                state: stateOf(view),
              }),
            }}
          />
          <h2>{w.current}</h2>
          {view.current.length === 0 ? <p>{w.none}</p> : null}
          {view.current.map((ticket) => (
            <section class="current" aria-label={ticket.number}>
              <p class="number">{ticket.number}</p>
              <p>
                {w.kind[ticket.kind]}
                {ticket.priority ? ` · ${w.priority}` : ''} · {w.status[ticket.status]} ·{' '}
                {w.calls(ticket.calls)}
                {ticket.phoneMasked ? ` · ${ticket.phoneMasked}` : ''}
              </p>
              {ticket.record.commitment ? (
                <CommitmentFacts
                  locale={ctx.locale}
                  commitment={ticket.record.commitment}
                  staffName={
                    ctx.config.staff.find((m) => m.id === ticket.record.commitment?.recordedBy)?.name ??
                    ticket.record.commitment.recordedBy
                  }
                />
              ) : null}
              <TicketActions
                t={t}
                windowId={windowId}
                ticket={ticket}
                session={session}
                locale={ctx.locale}
              />
            </section>
          ))}
          <h2>{w.waiting}</h2>
          <Rows tickets={view.waiting} locale={ctx.locale} />
          {view.later.length > 0 ? (
            <>
              <h2>{w.later}</h2>
              <Rows tickets={view.later} locale={ctx.locale} />
            </>
          ) : null}
          {view.parked.length > 0 ? (
            <>
              <h2>{w.parked}</h2>
              {view.parked.map((ticket) => (
                <section class="current">
                  <p class="number">{ticket.number}</p>
                  <p>{ticket.parkedNote ?? ''}</p>
                  <form method="post" action={`${staffPaths.window(t, windowId)}/tickets/${ticket.code}`}>
                    <input type="hidden" name="action" value="requeue" />
                    <button class="btn secondary" type="submit">
                      {w.requeue}
                    </button>
                  </form>
                </section>
              ))}
            </>
          ) : null}
          {late.length > 0 ? (
            <>
              <h2>{w.late}</h2>
              <table>
                <tbody>
                  {late.map((b) => (
                    <tr>
                      <td>{b.code}</td>
                      <td>{b.start.slice(11, 16)}</td>
                      <td>{b.phoneMasked}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <p>{w.finished(view.finished)}</p>
        </>
      ),
    });
  };
}

function callNext(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const windowId = windowParam(c);
    const t = c.req.param('tenantId') ?? '';
    if (!windowId) return c.notFound();
    const notice = await attempt(() => deps.queueService.callNext(t, windowId, actorOf(c.get('staff'))));
    return c.redirect(back(t, windowId, notice), 303);
  };
}

function checkIn(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const windowId = windowParam(c);
    const t = c.req.param('tenantId') ?? '';
    if (!windowId) return c.notFound();
    const form = await c.req.parseBody();
    const hallId = c.get('staff').config.windows.find((x) => x.id === windowId)?.hallId;
    const notice = await attempt(() =>
      deps.queueService.checkIn(t, { code: String(form.code ?? ''), hallId }, c.get('staff').member.id),
    );
    return c.redirect(back(t, windowId, notice ?? 'checked_in'), 303);
  };
}

function commandOf(form: Record<string, unknown>): TicketCommand | undefined {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
  switch (text('action')) {
    case 'recall':
    case 'miss':
    case 'requeue':
      return { action: text('action') as 'recall' };
    case 'accept': {
      const lines = (k: string) =>
        text(k)
          .split(/\r?\n/)
          .map((m) => m.trim())
          .filter((m) => m !== '');
      // 承诺办理: the signed commitment's facts, checked by the domain (the matter must allow it).
      const signed =
        form.onCommitment === 'on'
          ? CommitmentInputSchema.safeParse({
              statement: text('commitmentStatement'),
              missingMaterials: lines('missingMaterials'),
              ...(text('promisedBy') ? { promisedBy: text('promisedBy') } : {}),
              signedBy: text('signedBy') === 'agent' ? 'agent' : 'applicant',
            })
          : undefined;
      if (signed && !signed.success) return undefined;
      const commitment = signed?.data;
      return {
        action: 'accept',
        ...(text('matterId') ? { matterId: text('matterId') } : {}),
        ...(commitment ? { commitment } : {}),
      };
    }
    case 'park':
      return { action: 'park', ...(text('note') ? { note: text('note') } : {}) };
    case 'transfer':
      return text('windowId') ? { action: 'transfer', windowId: text('windowId') } : undefined;
    case 'complete': {
      const kind = text('outcome');
      const handler2 = text('handler2') || undefined;
      if (kind === 'missing-materials') {
        const materials = text('materials')
          .split(/\r?\n/)
          .map((m) => m.trim())
          .filter((m) => m !== '');
        return materials.length > 0
          ? { action: 'complete', outcome: { kind, materials }, handler2 }
          : undefined;
      }
      if (kind === 'referred')
        return text('referredTo')
          ? { action: 'complete', outcome: { kind, to: text('referredTo') }, handler2 }
          : undefined;
      return { action: 'complete', outcome: { kind: 'completed' }, handler2 };
    }
    default:
      return undefined;
  }
}

function ticketAction(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const windowId = windowParam(c);
    const t = c.req.param('tenantId') ?? '';
    const code = c.req.param('code') ?? '';
    if (!windowId) return c.notFound();
    const command = commandOf(await c.req.parseBody());
    if (!command) return c.redirect(back(t, windowId, 'validation_failed'), 303);
    const notice = await attempt(() => deps.queueService.change(t, code, command, actorOf(c.get('staff'))));
    return c.redirect(back(t, windowId, notice), 303);
  };
}

function windowState(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const windowId = windowParam(c);
    const t = c.req.param('tenantId') ?? '';
    if (!windowId) return c.notFound();
    const view = await deps.queueService
      .windowQueue(t, windowId, actorOf(c.get('staff')))
      .catch((e: unknown) => {
        if (e instanceof DomainError) return undefined;
        throw e;
      });
    if (!view) return c.notFound();
    c.header('Cache-Control', 'no-store');
    return c.json({ state: stateOf(view) });
  };
}

/** The window screen and its forms (registered after the staff guard). */
export function registerWindowPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/windows/:windowId', showWindow(deps));
  staff.get('/:tenantId/staff/windows/:windowId/state.json', windowState(deps));
  staff.post('/:tenantId/staff/windows/:windowId/call-next', callNext(deps));
  staff.post('/:tenantId/staff/windows/:windowId/check-in', checkIn(deps));
  staff.post('/:tenantId/staff/windows/:windowId/tickets/:code', ticketAction(deps));
}
