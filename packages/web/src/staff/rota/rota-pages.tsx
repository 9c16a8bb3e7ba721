import {
  addDays,
  BookingsStrandedError,
  calendarDayOf,
  InvalidConfigError,
  type RotaAssignment,
  type RotaDay,
  RotaStaleError,
  type StrandedBooking,
  staffingRulesOf,
  staffingViolations,
} from '@openhall/domain';
import {
  generateRotaMonth,
  getRotaDay,
  type RotaDayView,
  type RotaDeps,
  rotaMonth,
  saveRotaDay,
} from '@openhall/services';
import type { Context, Hono } from 'hono';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv, type StaffSession } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { staffPaths } from '../staff-paths.js';
import { rotaWords } from './rota-i18n.js';
import { CoverList, ROTA_CSS, ViolationList } from './rota-view-parts.js';

/** URLs of the admin console's rota pages. */
export const rotaPaths = {
  month: (t: string, hallId: string, month: string) =>
    `${staffPaths.admin(t)}/rota?${new URLSearchParams({ hallId, month })}`,
  day: (t: string, hallId: string, date: string) =>
    `${staffPaths.admin(t)}/rota/${date}?${new URLSearchParams({ hallId })}`,
};

function rotaDepsOf(deps: PagesDeps): RotaDeps | undefined {
  if (!deps.rotaStore || !deps.bookingStore) return undefined;
  return { ...deps, rotaStore: deps.rotaStore, bookingStore: deps.bookingStore };
}

/** The admin console (district admin) and the rota pages (section managers too). */
export function registerRotaPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/admin', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin', 'section-manager')) return forbidden(c, deps, session);
    const w = rotaWords[ctx.locale];
    const month = ctx.now.toISOString().slice(0, 7);
    return renderStaffPage(c, ctx, {
      title: w.console.title,
      session,
      body: (
        <>
          <h1>{w.console.title}</h1>
          <ul class="console-links">
            {ctx.config.halls.map((h) => (
              <li>
                <a class="btn" href={rotaPaths.month(ctx.tenantId, h.id, month)}>
                  {w.console.rota} · {h.name[ctx.locale]}
                </a>
              </li>
            ))}
          </ul>
          {holds(session, 'district-admin') ? (
            <p>
              <a class="btn" href={`${staffPaths.admin(ctx.tenantId)}/staff`}>
                {w.console.directory}
              </a>{' '}
              <a class="btn" href={`${staffPaths.admin(ctx.tenantId)}/config`}>
                {w.console.config}
              </a>{' '}
              <a class="btn" href={`${staffPaths.admin(ctx.tenantId)}/calendar`}>
                {w.console.calendar}
              </a>{' '}
              <a class="btn" href={`${staffPaths.admin(ctx.tenantId)}/audit`}>
                {w.console.audit}
              </a>
            </p>
          ) : null}
        </>
      ),
    });
  });

  staff.get('/:tenantId/staff/admin/rota', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin', 'section-manager')) return forbidden(c, deps, session);
    const rota = rotaDepsOf(deps);
    if (!rota) return c.notFound();
    const w = rotaWords[ctx.locale];
    const hallId = c.req.query('hallId') ?? ctx.config.halls[0]!.id;
    const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(c.req.query('month') ?? '')
      ? c.req.query('month')!
      : ctx.now.toISOString().slice(0, 7);
    const days = await rotaMonth(rota, { tenantId: ctx.tenantId, hallId, month });
    const withIssues = days.filter((d) => d.violations.length > 0);
    const prev = addDays(`${month}-01`, -1).slice(0, 7);
    const next = addDays(`${month}-01`, 31).slice(0, 7);
    const provisional = days.some((d) => d.provisional);
    return renderStaffPage(c, ctx, {
      title: w.month.title(month),
      session,
      css: ROTA_CSS,
      body: (
        <>
          <h1>{w.month.title(month)}</h1>
          {provisional ? (
            <p class="notice" role="note">
              {w.month.provisional(month.slice(0, 4))}
            </p>
          ) : null}
          <form method="get" action={`${staffPaths.admin(ctx.tenantId)}/rota`}>
            <label for="hallId">{w.month.hall}</label>{' '}
            <select id="hallId" name="hallId">
              {ctx.config.halls.map((h) => (
                <option value={h.id} selected={h.id === hallId}>
                  {h.name[ctx.locale]}
                </option>
              ))}
            </select>{' '}
            <input type="hidden" name="month" value={month} />
            <button class="btn" type="submit">
              {w.month.show}
            </button>
          </form>
          <p>
            <a href={rotaPaths.month(ctx.tenantId, hallId, prev)}>{w.month.prev}</a> ·{' '}
            <a href={rotaPaths.month(ctx.tenantId, hallId, next)}>{w.month.next}</a>
          </p>
          <form method="post" action={rotaPaths.month(ctx.tenantId, hallId, month)}>
            <button class="btn" type="submit">
              {w.month.generate}
            </button>{' '}
            <span>{w.month.generateNote}</span>
          </form>
          <h2>{w.month.problems}</h2>
          {withIssues.length === 0 ? (
            <p class="ok">{w.month.noProblems}</p>
          ) : (
            <ul class="violations">
              {withIssues.map((d) => (
                <li>
                  <a href={rotaPaths.day(ctx.tenantId, hallId, d.date)}>
                    {d.date} {w.kinds[d.dayKind]}
                  </a>
                  ：{w.month.count(d.violations.length)} ·{' '}
                  {[...new Set(d.violations.map((v) => w.rules[v.rule]))].join('；')}
                </li>
              ))}
            </ul>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">{w.month.date}</th>
                <th scope="col">{w.month.kind}</th>
                <th scope="col">{w.month.status}</th>
                <th scope="col">{w.month.issues}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr class={d.violations.length > 0 ? 'has-issues' : ''} data-date={d.date}>
                  <td>
                    <a href={rotaPaths.day(ctx.tenantId, hallId, d.date)}>{d.date}</a>
                  </td>
                  <td>
                    {w.kinds[d.dayKind]}
                    {d.holidayName ? ` ${d.holidayName}` : ''}
                  </td>
                  <td>
                    {!d.open ? w.month.closed : d.version ? w.month.planned(d.version) : w.month.unplanned}
                  </td>
                  <td>{d.violations.length > 0 ? w.month.count(d.violations.length) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    });
  });

  staff.post('/:tenantId/staff/admin/rota', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin', 'section-manager')) return forbidden(c, deps, session);
    const rota = rotaDepsOf(deps);
    const hallId = c.req.query('hallId') ?? '';
    const month = c.req.query('month') ?? '';
    if (!rota || !ctx.config.halls.some((h) => h.id === hallId) || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      return c.notFound();
    }
    await generateRotaMonth(rota, { tenantId: ctx.tenantId, hallId, month, actor: session.member.id });
    return c.redirect(rotaPaths.month(ctx.tenantId, hallId, month), 303);
  });

  staff.get('/:tenantId/staff/admin/rota/:date', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin', 'section-manager')) return forbidden(c, deps, session);
    const rota = rotaDepsOf(deps);
    const date = c.req.param('date');
    if (!rota || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return c.notFound();
    const hallId = c.req.query('hallId') ?? ctx.config.halls[0]!.id;
    if (!ctx.config.halls.some((h) => h.id === hallId)) return c.notFound();
    const view = await getRotaDay(rota, { tenantId: ctx.tenantId, hallId, date });
    const saved = Number(c.req.query('saved'));
    return dayPage(c, deps, session, view, Number.isInteger(saved) && saved > 0 ? { saved } : {});
  });

  staff.post('/:tenantId/staff/admin/rota/:date', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin', 'section-manager')) return forbidden(c, deps, session);
    const rota = rotaDepsOf(deps);
    const date = c.req.param('date');
    if (!rota || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return c.notFound();
    const hallId = c.req.query('hallId') ?? ctx.config.halls[0]!.id;
    if (!ctx.config.halls.some((h) => h.id === hallId)) return c.notFound();
    const form = await c.req.parseBody({ all: true });
    const version = Number(form.version);
    const expectedVersion = Number.isInteger(version) && version > 0 ? version : undefined;
    const before = await getRotaDay(rota, { tenantId: ctx.tenantId, hallId, date });
    const body = rotaFromForm(
      form,
      before,
      ctx.config.windows.filter((w) => w.hallId === hallId).map((w) => w.id),
    );
    try {
      const savedView = await saveRotaDay(rota, {
        tenantId: ctx.tenantId,
        hallId,
        date,
        body,
        expectedVersion,
        confirmStranded: form.confirmStranded === 'true',
        actor: session.member.id,
      });
      return c.redirect(
        `${rotaPaths.day(ctx.tenantId, hallId, date)}&saved=${savedView.rota?.version ?? ''}`,
        303,
      );
    } catch (error) {
      if (error instanceof RotaStaleError) {
        const current = await getRotaDay(rota, { tenantId: ctx.tenantId, hallId, date });
        return dayPage(c, deps, session, current, { stale: error }, 409);
      }
      if (error instanceof BookingsStrandedError) {
        // The plan as written, with its violations, and the bookings it would strand.
        return dayPage(
          c,
          deps,
          session,
          { ...before, rota: planned(before, body) },
          { stranded: error.stranded, version: expectedVersion },
          409,
        );
      }
      if (error instanceof InvalidConfigError) {
        return dayPage(
          c,
          deps,
          session,
          before,
          { invalid: error.errors.map((e) => `${e.path}: ${e.message}`) },
          400,
        );
      }
      throw error;
    }
  });
}

/** The plan being written, shown as if stored (so the form keeps what the manager ticked). */
function planned(
  before: RotaDayView,
  body: { assignments: RotaAssignment[]; absences: RotaDay['absences'] },
): RotaDay {
  return {
    hallId: before.hallId,
    date: before.date,
    version: before.rota?.version ?? 0,
    updatedAt: before.rota?.updatedAt ?? '',
    updatedBy: before.rota?.updatedBy ?? '',
    ...body,
  };
}

type Form = Record<string, string | File | (string | File)[]>;

function values(form: Form, name: string): string[] {
  const v = form[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  );
}

/**
 * The rota the form asks for: each ticked person at a window for all the day's open hours (or the
 * stretches they already had there), the service section and on-call alike; what the page does not
 * edit (lunch rotation, door-to-door, absences) is kept from the version read.
 */
function rotaFromForm(form: Form, view: RotaDayView, windowIds: string[]) {
  const current = view.rota?.assignments ?? [];
  const whole = (a: Omit<RotaAssignment, 'from' | 'to'>): RotaAssignment[] => {
    const own = current.filter(
      (x) => x.staffId === a.staffId && x.duty === a.duty && x.windowId === a.windowId,
    );
    return own.length > 0 ? own : view.hours.map((h) => ({ ...a, from: h.from, to: h.to }));
  };
  const assignments: RotaAssignment[] = [
    ...windowIds.flatMap((windowId) =>
      values(form, `w:${windowId}`).flatMap((staffId) => whole({ staffId, duty: 'window', windowId })),
    ),
    ...values(form, 'section').flatMap((staffId) => whole({ staffId, duty: 'service-section' })),
    ...values(form, 'oncall').flatMap((staffId) => whole({ staffId, duty: 'on-call' })),
    ...current.filter((a) => ['lunch', 'door-to-door'].includes(a.duty)),
  ];
  return { assignments, absences: view.rota?.absences ?? [] };
}

interface DayPageExtras {
  saved?: number;
  stale?: RotaStaleError;
  stranded?: readonly StrandedBooking[];
  invalid?: string[];
  version?: number | undefined;
}

async function dayPage(
  c: Context<StaffEnv>,
  deps: PagesDeps,
  session: StaffSession,
  view: RotaDayView,
  extras: DayPageExtras,
  status: 200 | 400 | 409 = 200,
): Promise<Response> {
  const ctx = (await pageContext(c, deps))!;
  const w = rotaWords[ctx.locale];
  const { config } = ctx;
  const windows = config.windows.filter((win) => win.hallId === view.hallId && !win.retired);
  const active = config.staff.filter((s) => !s.retired);
  const rostered = (duty: string, staffId: string, windowId?: string) =>
    (view.rota?.assignments ?? []).some(
      (a) => a.duty === duty && a.staffId === staffId && a.windowId === windowId,
    );
  const nameOf = (id: string) => config.staff.find((s) => s.id === id)?.name ?? id;
  const version = extras.version ?? view.rota?.version;
  const action = rotaPaths.day(ctx.tenantId, view.hallId, view.date);
  // Of the plan shown: the stored one, or the one refused for the bookings it would strand.
  const violations = view.rota
    ? staffingViolations({
        day: calendarDayOf(config, view.hallId, view.date),
        hallId: view.hallId,
        windows: config.windows,
        staff: config.staff,
        rules: staffingRulesOf(config),
        rota: view.rota,
      })
    : view.violations;
  return renderStaffPage(c, ctx, {
    title: w.day.title(view.date),
    session,
    css: ROTA_CSS,
    status,
    body: (
      <>
        <p>
          <a href={rotaPaths.month(ctx.tenantId, view.hallId, view.date.slice(0, 7))}>{w.day.back}</a>
        </p>
        <h1>
          {w.day.title(view.date)} · {w.kinds[view.dayKind]}
          {view.holidayName ? ` ${view.holidayName}` : ''}
        </h1>
        {view.provisional ? (
          <p class="notice" role="note">
            {w.month.provisional(view.date.slice(0, 4))}
          </p>
        ) : null}
        {extras.saved ? (
          <p class="ok" role="status">
            {w.day.saved(extras.saved)}
          </p>
        ) : null}
        {extras.stale ? (
          <div class="notice" role="alert">
            <p>{w.day.stale}</p>
            <ul>
              {extras.stale.changedSince.map((e) => (
                <li>{w.day.staleLine(nameOf(e.actor), e.at, e.staffChanged.map(nameOf).join('、'))}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {extras.invalid ? (
          <div class="notice" role="alert">
            <p>{w.day.invalid}</p>
            <ul>
              {extras.invalid.map((e) => (
                <li>{e}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <section aria-labelledby="violations-title">
          <h2 id="violations-title">{w.day.violations}</h2>
          <ViolationList config={config} locale={ctx.locale} violations={violations} />
        </section>
        <CoverList config={config} locale={ctx.locale} proposals={view.coverProposals} />
        <p>
          {w.day.hours}
          {ctx.t.colon}
          {view.hours.length === 0 ? w.day.closedDay : view.hours.map((h) => `${h.from}–${h.to}`).join('，')}
        </p>
        <form method="post" action={action}>
          <input type="hidden" name="version" value={version ? String(version) : ''} />
          {extras.stranded ? (
            <div class="notice" role="alert">
              <p>{w.day.stranded}</p>
              <ul>
                {extras.stranded.map((s) => (
                  <li data-booking={s.code}>
                    {w.day.strandedLine(
                      s.code,
                      s.start.slice(11, 16),
                      config.windows.find((x) => x.id === s.windowId)?.code ?? s.windowId,
                    )}
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" name="confirmStranded" value="true" /> {w.day.confirmStranded}
              </label>
            </div>
          ) : null}
          <h2>{w.day.windows}</h2>
          {windows.map((win) => {
            const eligible = active.filter((s) => s.windowIds.includes(win.id));
            return (
              <fieldset class="rota-window" data-window={win.id}>
                <legend>
                  {win.code} · {win.name[ctx.locale]}
                </legend>
                {eligible.map((s) => (
                  <label>
                    <input
                      type="checkbox"
                      name={`w:${win.id}`}
                      value={s.id}
                      checked={rostered('window', s.id, win.id)}
                    />
                    {s.name}
                  </label>
                ))}
              </fieldset>
            );
          })}
          <fieldset class="rota-window">
            <legend>{w.day.section}</legend>
            {active
              .filter((s) => s.roles.some((r) => r === 'section-manager' || r === 'district-admin'))
              .map((s) => (
                <label>
                  <input
                    type="checkbox"
                    name="section"
                    value={s.id}
                    checked={rostered('service-section', s.id)}
                  />
                  {s.name}
                </label>
              ))}
          </fieldset>
          <fieldset class="rota-window">
            <legend>{w.day.onCall}</legend>
            {active.map((s) => (
              <label>
                <input type="checkbox" name="oncall" value={s.id} checked={rostered('on-call', s.id)} />
                {s.name}
              </label>
            ))}
          </fieldset>
          <p>{w.day.keepNote}</p>
          <button class="btn" type="submit">
            {w.day.save}
          </button>
        </form>
      </>
    ),
  });
}

async function forbidden(c: Context<StaffEnv>, deps: PagesDeps, session: StaffSession): Promise<Response> {
  const ctx = (await pageContext(c, deps))!;
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
