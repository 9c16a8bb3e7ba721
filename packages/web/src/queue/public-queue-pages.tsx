import { DomainError, queueOfHall, SlugSchema } from '@openhall/domain';
import type { Handler, Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { CommitmentFacts } from '../components/commitment-facts.js';
import { pick } from '../i18n/locale.js';
import { pageContext } from '../page-context.js';
import type { PagesDeps } from '../pages-deps.js';
import { queueWords } from './queue-i18n.js';
import { queuePaths } from './queue-paths.js';
import { BOARD_SCRIPT, TICKET_SCRIPT } from './queue-scripts.js';
import { renderQueuePage } from './render-queue-page.js';

const KIOSK_CSS = `main{max-width:60rem}.cats{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;list-style:none;padding:0}
.cats .btn{width:100%;min-height:5rem;font-size:1.6rem}.field{margin:1rem 0}.field label{display:block;font-weight:700}
input[type=text],input[type=tel]{font:inherit;font-size:1.3rem;min-height:var(--tap);padding:.3rem .5rem;border:2px solid #4d4d4d;border-radius:.35rem;width:100%;max-width:24rem}
.notice{border:3px solid #b91c1c;padding:.75rem;font-weight:700}`;

const BOARD_CSS = `body{background:#000;color:#fff}main{max-width:none;padding:1rem 2rem}h1{font-size:2.2rem;color:#ffd400}
#calls{list-style:none;padding:0;margin:0}#calls li{font-size:3.2rem;font-weight:700;border-bottom:2px solid #555;padding:.6rem 0}
#calls li:first-child{font-size:4.5rem;color:#ffd400}#status{font-size:1.4rem;color:#ff8c8c;min-height:2rem}
#waiting{font-size:1.6rem}.lang-switch a,button{color:#fff}button{font:inherit;font-size:1.2rem;background:#333;border:2px solid #fff;padding:.4rem 1rem}`;

const TICKET_CSS = `.big{font-size:4rem;font-weight:800;margin:.5rem 0;letter-spacing:.1em}.go{font-size:1.8rem;font-weight:800;border:4px solid var(--primary);padding:.75rem}`;

function hallParam(c: Parameters<Handler>[0]): string | undefined {
  const id = c.req.param('hallId') ?? '';
  return SlugSchema.safeParse(id).success ? id : undefined;
}

/** The kiosk (取号机): one big button per category, a priority choice, an optional phone, check-in by code. */
function showKiosk(deps: PagesDeps): Handler {
  return async (c) => {
    const ctx = await pageContext(c, deps);
    const hallId = hallParam(c);
    const hall = ctx?.config.halls.find((h) => h.id === hallId);
    if (!ctx || !hall || !hallId) return c.notFound();
    const w = queueWords[ctx.locale];
    const queue = queueOfHall(ctx.config, hallId);
    const notice = c.req.query('notice');
    return renderQueuePage(c, ctx, {
      title: w.kiosk.title,
      css: KIOSK_CSS,
      body: (
        <>
          <h1>
            {pick(hall.name, ctx.locale)} · {w.kiosk.title}
          </h1>
          {notice ? (
            <p class="notice" role="alert">
              {notice === 'hall_closed'
                ? w.kiosk.closed
                : (queueWords[ctx.locale].window.notices[notice] ?? notice)}
            </p>
          ) : null}
          <form method="post" action={queuePaths.kioskTicket(ctx.tenantId, hallId)}>
            <h2>{w.kiosk.pick}</h2>
            <div class="field">
              <label>
                <input type="checkbox" name="priority" value="on" /> {w.kiosk.priority}
              </label>
            </div>
            <div class="field">
              <label for="phone">{w.kiosk.phone}</label>
              <input
                type="tel"
                id="phone"
                name="phone"
                inputmode="numeric"
                autocomplete="tel"
                maxlength={20}
              />
            </div>
            <ul class="cats">
              {queue.categories.map((cat) => (
                <li>
                  <button class="btn" type="submit" name="categoryId" value={cat.id}>
                    {cat.prefix} · {pick(cat.name, ctx.locale)}
                  </button>
                </li>
              ))}
            </ul>
          </form>
          <form method="post" action={queuePaths.kioskCheckIn(ctx.tenantId, hallId)}>
            <h2>{w.kiosk.checkInTitle}</h2>
            <div class="field">
              <label for="code">{w.kiosk.checkInLabel}</label>
              <input type="text" id="code" name="code" autocomplete="off" maxlength={40} required />
            </div>
            <button class="btn" type="submit">
              {w.kiosk.checkIn}
            </button>
          </form>
        </>
      ),
    });
  };
}

/** A refusal the kiosk can say; anything else is a fault the error page answers. */
function noticeOf(error: unknown): string | undefined {
  return error instanceof DomainError ? error.code : undefined;
}

function takeTicket(deps: PagesDeps): Handler {
  return async (c) => {
    const tenantId = c.req.param('tenantId') ?? '';
    const hallId = hallParam(c);
    if (!hallId) return c.notFound();
    const form = await c.req.parseBody();
    const phone = typeof form.phone === 'string' && form.phone.trim() !== '' ? form.phone.trim() : undefined;
    try {
      const stored = await deps.queueService.issue(
        tenantId,
        { hallId, categoryId: String(form.categoryId ?? ''), priority: form.priority === 'on', phone },
        'citizen',
      );
      return c.redirect(queuePaths.ticket(tenantId, stored.ticket.code), 303);
    } catch (error) {
      const notice = noticeOf(error);
      if (!notice) throw error;
      return c.redirect(`${queuePaths.kiosk(tenantId, hallId)}?notice=${notice}`, 303);
    }
  };
}

function kioskCheckIn(deps: PagesDeps): Handler {
  return async (c) => {
    const tenantId = c.req.param('tenantId') ?? '';
    const hallId = hallParam(c);
    if (!hallId) return c.notFound();
    const form = await c.req.parseBody();
    try {
      const stored = await deps.queueService.checkIn(
        tenantId,
        { code: String(form.code ?? ''), hallId },
        'citizen',
      );
      return c.redirect(queuePaths.ticket(tenantId, stored.ticket.code), 303);
    } catch (error) {
      const notice = noticeOf(error);
      if (!notice) throw error;
      return c.redirect(`${queuePaths.kiosk(tenantId, hallId)}?notice=${notice}`, 303);
    }
  };
}

/** The display board (叫号屏): polls the board every 1.5 s and speaks each new call once. */
function showBoard(deps: PagesDeps): Handler {
  return async (c) => {
    const ctx = await pageContext(c, deps);
    const hallId = hallParam(c);
    const hall = ctx?.config.halls.find((h) => h.id === hallId);
    if (!ctx || !hall || !hallId) return c.notFound();
    const w = queueWords[ctx.locale];
    const config = {
      url: queuePaths.boardJson(ctx.tenantId, hallId),
      locale: ctx.locale,
      offline: w.board.offline,
      waiting: w.board.waiting(0).replace('0', '{n}'),
      call: w.board.call('{n}', '{w}'),
    };
    return renderQueuePage(c, ctx, {
      title: w.board.title,
      css: BOARD_CSS,
      body: (
        <>
          <h1>{pick(hall.name, ctx.locale)}</h1>
          <p id="status" role="status" aria-live="polite" />
          <ol id="calls" aria-live="off" />
          <p id="waiting" />
          <button type="button" id="sound">
            {w.board.sound}
          </button>
          <script
            type="application/json"
            id="board-config"
            dangerouslySetInnerHTML={{ __html: JSON.stringify(config).replace(/</g, '\\u003c') }}
          />
        </>
      ),
      script: BOARD_SCRIPT,
    });
  };
}

function boardJson(deps: PagesDeps): Handler {
  return async (c) => {
    const tenantId = c.req.param('tenantId') ?? '';
    const hallId = hallParam(c);
    if (!hallId) return c.notFound();
    const view = await deps.queueService.board(tenantId, hallId).catch((e: unknown) => {
      if (e instanceof DomainError) return undefined;
      throw e;
    });
    if (!view) return c.notFound();
    const etag = `"${Buffer.from(view.cursor).toString('base64url').slice(0, 200)}"`;
    c.header('Cache-Control', 'no-store');
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.json({
      cursor: view.cursor,
      waiting: view.waiting,
      calls: view.calls.map((x) => ({
        number: x.number,
        calls: x.calls,
        window: x.windowCode,
        windowZh: x.windowName.zh,
      })),
    });
  };
}

/** The citizen's ticket page: number, position and wait, where to go; the confirmation once served. */
function showTicket(deps: PagesDeps): Handler {
  return async (c) => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    const code = c.req.param('code') ?? '';
    const view = await deps.queueService.publicTicket(ctx.tenantId, code).catch((e: unknown) => {
      if (e instanceof DomainError) return undefined;
      throw e;
    });
    if (!view) return c.notFound();
    const w = queueWords[ctx.locale].ticket;
    const windowCode = view.window?.code ?? '';
    const live = view.status === 'queued' || view.status === 'called' || view.status === 'serving';
    return renderQueuePage(c, ctx, {
      title: `${w.title} ${view.number}`,
      css: TICKET_CSS,
      body: (
        <>
          <h1>{w.title}</h1>
          <p>{pick(view.hallName, ctx.locale)}</p>
          <p class="big" id="number">
            {view.number}
          </p>
          {view.kind === 'appointment' ? <p>{w.appointment}</p> : null}
          {view.status === 'queued' ? (
            <>
              <p class="go">{w.ahead(view.ahead)}</p>
              <p>{w.wait(view.waitMinutes)}</p>
            </>
          ) : null}
          {view.status === 'called' ? (
            <p class="go" role="alert">
              {w.called(windowCode)}
            </p>
          ) : null}
          {view.status === 'serving' ? <p class="go">{w.serving(windowCode)}</p> : null}
          {view.status === 'parked' ? <p class="go">{w.parked}</p> : null}
          {view.status === 'missed' ? <p class="go">{w.missed}</p> : null}
          {view.status === 'finished' ? (
            <section>
              <h2>{w.finished}</h2>
              {view.outcome ? (
                <p>
                  {w.outcome[view.outcome.kind]}
                  {view.outcome.kind === 'referred' ? ` ${view.outcome.to}` : ''}
                </p>
              ) : null}
              {view.outcome?.kind === 'missing-materials' ? (
                <ul>
                  {view.outcome.materials.map((m) => (
                    <li>{m}</li>
                  ))}
                </ul>
              ) : null}
              {view.confirmedAt ? (
                <p id="confirmed">{w.confirmed(view.confirmedAt.slice(11, 16))}</p>
              ) : (
                <form method="post" action={queuePaths.confirm(ctx.tenantId, view.code)}>
                  <button class="btn wide" type="submit">
                    {w.confirm}
                  </button>
                </form>
              )}
            </section>
          ) : null}
          {view.commitment ? <CommitmentFacts locale={ctx.locale} commitment={view.commitment} /> : null}
          {live ? <p>{w.refreshes}</p> : null}
          <p>{w.keep}</p>
          <script
            type="application/json"
            id="ticket-config"
            dangerouslySetInnerHTML={{
              __html: JSON.stringify({
                url: queuePaths.ticketJson(ctx.tenantId, view.code),
                state: `${view.status}.${view.ahead}`,
              }),
            }}
          />
        </>
      ),
      ...(live ? { script: TICKET_SCRIPT } : {}),
    });
  };
}

function ticketJson(deps: PagesDeps): Handler {
  return async (c) => {
    const tenantId = c.req.param('tenantId') ?? '';
    const view = await deps.queueService
      .publicTicket(tenantId, c.req.param('code') ?? '')
      .catch((e: unknown) => {
        if (e instanceof DomainError) return undefined;
        throw e;
      });
    if (!view) return c.notFound();
    c.header('Cache-Control', 'no-store');
    return c.json({ state: `${view.status}.${view.ahead}` });
  };
}

function confirm(deps: PagesDeps): Handler {
  return async (c) => {
    const tenantId = c.req.param('tenantId') ?? '';
    const code = c.req.param('code') ?? '';
    try {
      await deps.queueService.confirm(tenantId, code);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    return c.redirect(queuePaths.ticket(tenantId, code), 303);
  };
}

/** The public queue pages: kiosk, board and the citizen's ticket. Forms are checked by Origin. */
export function registerQueuePages(pages: Hono, deps: PagesDeps): void {
  pages.use('/:tenantId/halls/:hallId/kiosk/*', csrf());
  pages.use('/:tenantId/tickets/:code/confirm', csrf());
  pages.get('/:tenantId/halls/:hallId/kiosk', showKiosk(deps));
  pages.post('/:tenantId/halls/:hallId/kiosk/tickets', takeTicket(deps));
  pages.post('/:tenantId/halls/:hallId/kiosk/check-in', kioskCheckIn(deps));
  pages.get('/:tenantId/halls/:hallId/board', showBoard(deps));
  pages.get('/:tenantId/halls/:hallId/board.json', boardJson(deps));
  pages.get('/:tenantId/tickets/:code', showTicket(deps));
  pages.get('/:tenantId/tickets/:code/status.json', ticketJson(deps));
  pages.post('/:tenantId/tickets/:code/confirm', confirm(deps));
}
