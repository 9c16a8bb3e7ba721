import {
  BookingsStrandedError,
  calendarDayOf,
  DayKindSchema,
  InvalidConfigError,
  StaleVersionError,
  type StrandedBooking,
  supportedYears,
} from '@openhall/domain';
import {
  changeConfig,
  loadTenantConfig,
  removeCalendarOverride,
  setCalendarOverride,
} from '@openhall/services';
import type { Context, Hono } from 'hono';
import { type PageContext, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { staffPaths } from '../staff-paths.js';
import { calendarWords } from './calendar-i18n.js';

const calendarPath = (t: string) => `${staffPaths.admin(t)}/calendar`;

type Form = Record<string, string | File | (string | File)[]>;
const text = (form: Form, name: string) =>
  typeof form[name] === 'string' ? (form[name] as string).trim() : '';

interface PageState {
  errors?: { field: string; message: string }[];
  stranded?: readonly StrandedBooking[];
  staleVersion?: number;
  saved?: number;
  form?: Form;
}

/** Years (this one and the next) whose State Council schedule is not published: their days are provisional. */
function provisionalYears(ctx: PageContext): number[] {
  const year = Number(ctx.now.toISOString().slice(0, 4));
  const { last } = supportedYears();
  const hallId = ctx.config.halls[0]!.id;
  return [year, year + 1].filter(
    (y) => y <= last && calendarDayOf(ctx.config, hallId, `${y}-12-31`).provisional,
  );
}

/** The form as an override change: what a field left empty does not change. */
function overrideOf(form: Form) {
  const sessions = [1, 2, 3]
    .map((n) => ({ from: text(form, `from${n}`), to: text(form, `to${n}`) }))
    .filter((s) => s.from !== '' || s.to !== '');
  const closed = form.closed === 'true';
  const hallId = text(form, 'hallId');
  const kind = text(form, 'kind');
  return {
    ...(hallId ? { hallId } : {}),
    ...(kind ? { kind } : {}),
    ...(closed || sessions.length > 0
      ? { hours: { sessions: closed ? [] : sessions, mode: 'walk-in', noGapLunch: false } }
      : {}),
    reason: text(form, 'reason'),
  };
}

/** `/calendarOverrides/4/hours/sessions/1/from` → `from2`; other paths by their last known name. */
function fieldOf(path: string): string {
  const session = path.match(/sessions\/(\d+)\/(from|to)/);
  if (session) return `${session[2]}${Number(session[1]) + 1}`;
  for (const f of ['date', 'reason', 'kind', 'hallId']) if (path.includes(f)) return f;
  return path.includes('sessions') ? 'from1' : 'date';
}

/** Calendar overrides of the admin console (district admin), through the configuration's one change path. */
export function registerCalendarPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/admin/calendar', async (c) => {
    const saved = Number(c.req.query('saved'));
    return page(c, deps, saved > 0 ? { saved } : {});
  });

  staff.post('/:tenantId/staff/admin/calendar', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin') || !deps.bookingStore) return page(c, deps, {});
    const form = await c.req.parseBody({ all: true });
    const date = text(form, 'date');
    const version = Number(form.version);
    const ports = { configStore: deps.configStore, bookingStore: deps.bookingStore };
    const remove = form.remove === 'true';
    try {
      const change = remove
        ? removeCalendarOverride(date, text(form, 'hallId') || undefined)
        : setCalendarOverride(date, overrideOf(form) as never);
      const saved = await changeConfig(ports, {
        tenantId: ctx.tenantId,
        actor: session.member.id,
        change,
        ...(Number.isInteger(version) && version > 0 ? { expectedVersion: version } : {}),
        confirmStranded: form.confirmStranded === 'true',
        now: deps.now(),
      });
      return c.redirect(`${calendarPath(ctx.tenantId)}?saved=${saved.version}`, 303);
    } catch (error) {
      if (error instanceof InvalidConfigError) {
        const errors = error.errors.map((e) => ({ field: fieldOf(e.path), message: e.message }));
        return page(c, deps, { errors, form }, 400);
      }
      if (error instanceof BookingsStrandedError)
        return page(c, deps, { stranded: error.stranded, form }, 409);
      if (error instanceof StaleVersionError)
        return page(c, deps, { staleVersion: error.currentVersion, form }, 409);
      throw error;
    }
  });
}

async function page(c: Context<StaffEnv>, deps: PagesDeps, state: PageState, status: 200 | 400 | 409 = 200) {
  const session = c.get('staff');
  const ctx = await pageContext(c, deps);
  if (!ctx) return c.notFound();
  if (!holds(session, 'district-admin')) {
    const f = staffWords[ctx.locale].forbidden;
    return renderStaffPage(c, ctx, { title: f.title, session, status: 403, body: <h1>{f.title}</h1> });
  }
  const w = calendarWords[ctx.locale];
  const stored = await loadTenantConfig(deps.configStore, ctx.tenantId);
  const overrides = [...stored.config.calendarOverrides].sort((a, b) => a.date.localeCompare(b.date));
  const form = state.form ?? {};
  const value = (name: string) => text(form, name);
  const errorsOf = (field: string) => state.errors?.filter((e) => e.field === field) ?? [];
  const fieldError = (field: string) =>
    errorsOf(field).map((e) => (
      <p class="field-error" id={`${field}-error`}>
        {e.message}
      </p>
    ));
  const described = (field: string) =>
    errorsOf(field).length > 0 ? { 'aria-describedby': `${field}-error` } : {};
  const hallName = (id: string | undefined) =>
    id ? (ctx.config.halls.find((h) => h.id === id)?.name[ctx.locale] ?? id) : w.allHalls;
  return renderStaffPage(c, ctx, {
    title: w.title,
    session,
    status,
    body: (
      <>
        <h1>{w.title}</h1>
        {provisionalYears(ctx).map((y) => (
          <p class="notice provisional-banner" role="note">
            {w.provisional(y)}
          </p>
        ))}
        {state.saved ? (
          <p class="ok" role="status">
            {w.saved(state.saved)}
          </p>
        ) : null}
        {state.errors?.length ? (
          <div class="error-summary" role="alert">
            <h2>{w.errors(state.errors.length)}</h2>
            <ul>
              {state.errors.map((e) => (
                <li>
                  <a href={`#${e.field}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.staleVersion ? (
          <p class="error-summary" role="alert">
            {w.stale.replace('{v}', String(state.staleVersion))}
          </p>
        ) : null}
        <h2>{w.list}</h2>
        {overrides.length === 0 ? (
          <p>{w.none}</p>
        ) : (
          <table>
            <tbody>
              {overrides.map((o) => (
                <tr data-date={o.date}>
                  <td>{o.date}</td>
                  <td>{hallName(o.hallId)}</td>
                  <td>{o.kind ? w.kinds[o.kind] : ''}</td>
                  <td>
                    {o.hours
                      ? o.hours.sessions.length === 0
                        ? w.closed
                        : o.hours.sessions.map((s) => `${s.from}–${s.to}`).join('，')
                      : ''}
                  </td>
                  <td>{o.reason}</td>
                  <td>
                    <form method="post" action={calendarPath(ctx.tenantId)}>
                      <input type="hidden" name="version" value={String(stored.version)} />
                      <input type="hidden" name="remove" value="true" />
                      <input type="hidden" name="date" value={o.date} />
                      <input type="hidden" name="hallId" value={o.hallId ?? ''} />
                      <button class="btn" type="submit">
                        {w.remove}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>{w.add}</h2>
        <form method="post" action={calendarPath(ctx.tenantId)}>
          <input type="hidden" name="version" value={String(state.staleVersion ?? stored.version)} />
          {state.stranded ? (
            <div class="error-summary" role="alert">
              <p>{w.stranded}</p>
              <ul>
                {state.stranded.map((s) => (
                  <li data-booking={s.code}>
                    {s.code} {s.start} {s.windowId}
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" name="confirmStranded" value="true" /> {w.confirmStranded}
              </label>
            </div>
          ) : null}
          <p>
            <label for="date">{w.date}</label>
            <br />
            <input id="date" name="date" type="date" value={value('date')} {...described('date')} />
            {fieldError('date')}
          </p>
          <p>
            <label for="hallId">{w.hall}</label>
            <br />
            <select id="hallId" name="hallId">
              <option value="">{w.allHalls}</option>
              {ctx.config.halls.map((h) => (
                <option value={h.id} selected={value('hallId') === h.id}>
                  {h.name[ctx.locale]}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label for="kind">{w.kind}</label>
            <br />
            <select id="kind" name="kind" {...described('kind')}>
              <option value="">{w.keepKind}</option>
              {DayKindSchema.options.map((k) => (
                <option value={k} selected={value('kind') === k}>
                  {w.kinds[k]}
                </option>
              ))}
            </select>
            {fieldError('kind')}
          </p>
          <fieldset>
            <legend>{w.hours}</legend>
            <label>
              <input type="checkbox" name="closed" value="true" checked={form.closed === 'true'} /> {w.closed}
            </label>
            {[1, 2, 3].map((n) => (
              <p>
                {w.session(n)} <label for={`from${n}`}>{w.from}</label>{' '}
                <input
                  id={`from${n}`}
                  name={`from${n}`}
                  type="time"
                  value={value(`from${n}`)}
                  {...described(`from${n}`)}
                />{' '}
                <label for={`to${n}`}>{w.to}</label>{' '}
                <input
                  id={`to${n}`}
                  name={`to${n}`}
                  type="time"
                  value={value(`to${n}`)}
                  {...described(`to${n}`)}
                />
                {fieldError(`from${n}`)}
                {fieldError(`to${n}`)}
              </p>
            ))}
          </fieldset>
          <p>
            <label for="reason">{w.reason}</label>
            <br />
            <input id="reason" name="reason" value={value('reason')} {...described('reason')} />
            {fieldError('reason')}
          </p>
          <button class="btn" type="submit">
            {w.save}
          </button>
        </form>
      </>
    ),
  });
}
