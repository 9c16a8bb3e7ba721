import {
  type AuditEntry,
  BookingsStrandedError,
  InvalidConfigError,
  NotFoundError,
  StaleVersionError,
  type StrandedBooking,
} from '@openhall/domain';
import { type ConfigChange, changeConfig, loadTenantConfig, patchConfig } from '@openhall/services';
import type { Context, Hono } from 'hono';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { staffPaths } from '../staff-paths.js';
import { configWords } from './config-i18n.js';

// Halls, departments, windows, matters and the booking policy have their own forms (`../console`);
// the staffing rules are still edited here as JSON.
const OBJECTS = ['staffingRules'] as const;
type Section = (typeof OBJECTS)[number];

const configPath = (t: string, section?: string) =>
  `${staffPaths.admin(t)}/config${section ? `/${section}` : ''}`;

function isSection(s: string): s is Section {
  return (OBJECTS as readonly string[]).includes(s);
}

interface EditState {
  json: string;
  version: number;
  errors?: { path: string; message: string }[];
  stale?: AuditEntry[];
  stranded?: readonly StrandedBooking[];
  saved?: number;
}

/** The staffing rules in the admin console as JSON, saved through `changeConfig`. */
export function registerConfigPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  const show = async (c: Context<StaffEnv>) => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(c.get('staff'), 'district-admin')) return forbidden(c, deps);
    const section = c.req.param('section') ?? '';
    if (!isSection(section)) return c.notFound();
    const stored = await loadTenantConfig(deps.configStore, ctx.tenantId);
    const current = stored.config[section] ?? {};
    const saved = Number(c.req.query('saved'));
    return editor(c, deps, section, {
      json: JSON.stringify(current, null, 2),
      version: stored.version,
      ...(saved > 0 ? { saved } : {}),
    });
  };

  const save = async (c: Context<StaffEnv>) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin') || !deps.bookingStore) return forbidden(c, deps);
    const section = c.req.param('section') ?? '';
    if (!isSection(section)) return c.notFound();
    const form = await c.req.parseBody();
    const json = typeof form.json === 'string' ? form.json : '';
    const version = Number(form.version);
    const state = { json, version };
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return editor(
        c,
        deps,
        section,
        { ...state, errors: [{ path: '/', message: configWords[ctx.locale].notJson }] },
        400,
      );
    }
    const change: ConfigChange = patchConfig({ [section]: value });
    try {
      const saved = await changeConfig(
        { configStore: deps.configStore, bookingStore: deps.bookingStore },
        {
          tenantId: ctx.tenantId,
          actor: session.member.id,
          change,
          ...(Number.isInteger(version) && version > 0 ? { expectedVersion: version } : {}),
          confirmStranded: form.confirmStranded === 'true',
          now: deps.now(),
        },
      );
      return c.redirect(`${configPath(ctx.tenantId, section)}?saved=${saved.version}`, 303);
    } catch (error) {
      if (error instanceof InvalidConfigError) {
        return editor(
          c,
          deps,
          section,
          { ...state, errors: error.errors.map((e) => ({ path: e.path, message: e.message })) },
          400,
        );
      }
      if (error instanceof BookingsStrandedError)
        return editor(c, deps, section, { ...state, stranded: error.stranded }, 409);
      if (error instanceof StaleVersionError) {
        const audit = await deps.configStore.listAudit(ctx.tenantId, { limit: 20 });
        const stale = audit.filter((e) => e.version > version);
        return editor(c, deps, section, { ...state, version: error.currentVersion, stale }, 409);
      }
      if (error instanceof NotFoundError) return c.notFound();
      throw error;
    }
  };

  staff.get('/:tenantId/staff/admin/config/:section', show);
  staff.post('/:tenantId/staff/admin/config/:section', save);
}

async function editor(
  c: Context<StaffEnv>,
  deps: PagesDeps,
  section: Section,
  state: EditState,
  status: 200 | 400 | 409 = 200,
) {
  const ctx = (await pageContext(c, deps))!;
  const w = configWords[ctx.locale];
  const title = w.sections[section];
  return renderStaffPage(c, ctx, {
    title,
    session: c.get('staff'),
    status,
    body: (
      <>
        <p>
          <a href={configPath(ctx.tenantId)}>{w.back}</a>
        </p>
        <h1>{title}</h1>
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
                <li data-path={e.path}>
                  <a href="#json">
                    <code>{e.path}</code> {e.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.stale ? (
          <div class="error-summary" role="alert">
            <p>{w.stale}</p>
            <ul>
              {state.stale.map((e) => (
                <li>
                  {w.staleLine(e.version, e.at, e.actor, e.action)}
                  <ul>
                    {e.changes.map((x) => (
                      <li>
                        <code>{x.path}</code>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form method="post" action={configPath(ctx.tenantId, section)}>
          <input type="hidden" name="version" value={String(state.version)} />
          {state.stranded ? (
            <div class="error-summary" role="alert">
              <p>{w.stranded}</p>
              <ul>
                {state.stranded.map((s) => (
                  <li data-booking={s.code}>
                    {s.code} {s.start} {s.windowId} {s.reason}
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" name="confirmStranded" value="true" /> {w.confirmStranded}
              </label>
            </div>
          ) : null}
          <p>
            <label for="json">{w.json}</label>
            <br />
            <textarea id="json" name="json" rows={24} cols={100} spellcheck={false}>
              {state.json}
            </textarea>
          </p>
          <button class="btn" type="submit">
            {w.save}
          </button>
        </form>
      </>
    ),
  });
}

async function forbidden(c: Context<StaffEnv>, deps: PagesDeps): Promise<Response> {
  const ctx = (await pageContext(c, deps))!;
  const f = staffWords[ctx.locale].forbidden;
  return renderStaffPage(c, ctx, {
    title: f.title,
    session: c.get('staff'),
    status: 403,
    body: <h1>{f.title}</h1>,
  });
}
