import {
  type AuditEntry,
  InvalidConfigError,
  NotFoundError,
  StaffCategorySchema,
  type StaffMember,
  StaffRoleSchema,
  StaleVersionError,
} from '@openhall/domain';
import { changeConfig, loadTenantConfig, putItem } from '@openhall/services';
import type { Context, Hono } from 'hono';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { staffPaths } from '../staff-paths.js';
import { directoryWords } from './directory-i18n.js';

export const directoryPaths = {
  list: (t: string) => `${staffPaths.admin(t)}/staff`,
  member: (t: string, id: string) => `${staffPaths.admin(t)}/staff/${encodeURIComponent(id)}`,
};

const FIELDS = ['id', 'name', 'departmentId', 'windowIds', 'roles', 'category', 'retired'] as const;

interface FormState {
  member: Partial<StaffMember>;
  version: number;
  errors?: { field: string; message: string }[];
  stale?: AuditEntry[];
  isNew: boolean;
}

/** The staff directory of the admin console: list, and one form per member (district admin only). */
export function registerDirectoryPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/admin/staff', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin')) return forbidden(c, deps);
    const w = directoryWords[ctx.locale];
    const roles = staffWords[ctx.locale].roles;
    const { config } = ctx;
    return renderStaffPage(c, ctx, {
      title: w.title,
      session,
      body: (
        <>
          <h1>{w.title}</h1>
          <p>
            <a class="btn" href={directoryPaths.member(ctx.tenantId, 'new')}>
              {w.add}
            </a>
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{w.columns.name}</th>
                <th scope="col">{w.columns.department}</th>
                <th scope="col">{w.columns.windows}</th>
                <th scope="col">{w.columns.roles}</th>
                <th scope="col">{w.columns.category}</th>
              </tr>
            </thead>
            <tbody>
              {config.staff.map((m) => (
                <tr data-staff-id={m.id}>
                  <td>
                    <a href={directoryPaths.member(ctx.tenantId, m.id)}>{m.name}</a>
                    {m.retired ? ` (${w.retired})` : ''}
                  </td>
                  <td>
                    {config.departments.find((d) => d.id === m.departmentId)?.name[ctx.locale] ??
                      m.departmentId}
                  </td>
                  <td>
                    {m.windowIds.map((id) => config.windows.find((x) => x.id === id)?.code ?? id).join('、')}
                  </td>
                  <td>{m.roles.map((r) => roles[r]).join('、')}</td>
                  <td>{w.categories[m.category]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    });
  });

  staff.get('/:tenantId/staff/admin/staff/:staffId', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin')) return forbidden(c, deps);
    const id = c.req.param('staffId');
    const stored = await loadTenantConfig(deps.configStore, ctx.tenantId);
    const member = id === 'new' ? {} : stored.config.staff.find((m) => m.id === id);
    if (!member) return c.notFound();
    const saved = Number(c.req.query('saved'));
    return memberPage(
      c,
      deps,
      { member, version: stored.version, isNew: id === 'new' },
      saved > 0 ? saved : undefined,
    );
  });

  staff.post('/:tenantId/staff/admin/staff/:staffId', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin')) return forbidden(c, deps);
    const param = c.req.param('staffId');
    const isNew = param === 'new';
    const form = await c.req.parseBody({ all: true });
    const list = (name: string) =>
      [form[name]].flat().filter((v): v is string => typeof v === 'string' && v !== '');
    const id = isNew ? String(form.id ?? '') : param;
    const member = {
      id,
      name: String(form.name ?? ''),
      departmentId: String(form.departmentId ?? ''),
      windowIds: list('windowIds'),
      roles: list('roles'),
      category: String(form.category ?? 'civil-servant'),
      retired: form.retired === 'true',
    };
    const version = Number(form.version);
    const expectedVersion = Number.isInteger(version) && version > 0 ? version : undefined;
    const state = { member: member as Partial<StaffMember>, version: expectedVersion ?? 0, isNew };
    try {
      if (isNew && ctx.config.staff.some((m) => m.id === id)) {
        return memberPage(
          c,
          deps,
          { ...state, errors: [{ field: 'id', message: `"${id}" is taken` }] },
          undefined,
          400,
        );
      }
      if (!deps.bookingStore) return c.notFound();
      const saved = await changeConfig(
        { configStore: deps.configStore, bookingStore: deps.bookingStore },
        {
          tenantId: ctx.tenantId,
          actor: session.member.id,
          change: putItem('staff', id, member),
          expectedVersion,
          now: deps.now(),
        },
      );
      return c.redirect(`${directoryPaths.member(ctx.tenantId, id)}?saved=${saved.version}`, 303);
    } catch (error) {
      if (error instanceof InvalidConfigError) {
        const errors = error.errors.map((e) => ({ field: fieldOf(e.path), message: e.message }));
        return memberPage(c, deps, { ...state, errors }, undefined, 400);
      }
      if (error instanceof StaleVersionError) {
        const audit = await deps.configStore.listAudit(ctx.tenantId, { limit: 20 });
        const since = audit.filter((e) => e.version > (expectedVersion ?? 0));
        return memberPage(c, deps, { ...state, version: error.currentVersion, stale: since }, undefined, 409);
      }
      if (error instanceof NotFoundError) return c.notFound();
      throw error;
    }
  });
}

/** The form field a configuration error is about: `/staff/3/name` → `name`; `id` when unknown. */
function fieldOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const at = parts.findIndex((p) => (FIELDS as readonly string[]).includes(p));
  return at >= 0 ? parts[at]! : 'id';
}

async function memberPage(
  c: Context<StaffEnv>,
  deps: PagesDeps,
  state: FormState,
  saved?: number,
  status: 200 | 400 | 409 = 200,
): Promise<Response> {
  const ctx = (await pageContext(c, deps))!;
  const session = c.get('staff');
  const w = directoryWords[ctx.locale];
  const roleWords = staffWords[ctx.locale].roles;
  const { config } = ctx;
  const m = state.member;
  const title = state.isNew ? w.newTitle : w.edit(m.name ?? '');
  const errorOf = (field: string) => state.errors?.filter((e) => e.field === field) ?? [];
  const fieldError = (field: string) =>
    errorOf(field).map((e) => (
      <p class="field-error" id={`${field}-error`}>
        {e.message}
      </p>
    ));
  const described = (field: string) =>
    errorOf(field).length > 0 ? { 'aria-describedby': `${field}-error` } : {};
  return renderStaffPage(c, ctx, {
    title,
    session,
    status,
    body: (
      <>
        <p>
          <a href={directoryPaths.list(ctx.tenantId)}>{w.back}</a>
        </p>
        <h1>{title}</h1>
        {saved ? (
          <p class="ok" role="status">
            {w.saved(saved)}
          </p>
        ) : null}
        {state.errors && state.errors.length > 0 ? (
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
        {state.stale ? (
          <div class="error-summary" role="alert">
            <p>{w.stale}</p>
            <ul>
              {state.stale.map((e) => (
                <li>
                  {w.staleLine(e.version, e.at, e.actor, e.action, e.changes.map((x) => x.path).join('，'))}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form
          method="post"
          action={directoryPaths.member(ctx.tenantId, state.isNew ? 'new' : (m.id ?? 'new'))}
        >
          <input type="hidden" name="version" value={String(state.version)} />
          {state.isNew ? (
            <p>
              <label for="id">{w.id}</label>
              <br />
              <input id="id" name="id" value={m.id ?? ''} required {...described('id')} />
              {fieldError('id')}
            </p>
          ) : null}
          <p>
            <label for="name">{w.name}</label>
            <br />
            <input id="name" name="name" value={m.name ?? ''} {...described('name')} />
            {fieldError('name')}
          </p>
          <p>
            <label for="departmentId">{w.department}</label>
            <br />
            <select id="departmentId" name="departmentId" {...described('departmentId')}>
              {config.departments.map((d) => (
                <option value={d.id} selected={d.id === m.departmentId}>
                  {d.name[ctx.locale]}
                </option>
              ))}
            </select>
            {fieldError('departmentId')}
          </p>
          <fieldset id="windowIds" {...described('windowIds')}>
            <legend>{w.windows}</legend>
            {config.windows.map((x) => (
              <label>
                <input
                  type="checkbox"
                  name="windowIds"
                  value={x.id}
                  checked={m.windowIds?.includes(x.id) ?? false}
                />
                {x.code}{' '}
              </label>
            ))}
            {fieldError('windowIds')}
          </fieldset>
          <fieldset id="roles" {...described('roles')}>
            <legend>{w.roles}</legend>
            {StaffRoleSchema.options.map((r) => (
              <label>
                <input type="checkbox" name="roles" value={r} checked={m.roles?.includes(r) ?? false} />
                {roleWords[r]}{' '}
              </label>
            ))}
            {fieldError('roles')}
          </fieldset>
          <p>
            <label for="category">{w.category}</label>
            <br />
            <select id="category" name="category">
              {StaffCategorySchema.options.map((k) => (
                <option value={k} selected={k === (m.category ?? 'civil-servant')}>
                  {w.categories[k]}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label>
              <input type="checkbox" name="retired" value="true" checked={m.retired ?? false} /> {w.retired}
            </label>
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
  const w = staffWords[ctx.locale];
  return renderStaffPage(c, ctx, {
    title: w.forbidden.title,
    session: c.get('staff'),
    status: 403,
    body: (
      <>
        <h1>{w.forbidden.title}</h1>
        <p>{w.forbidden.text}</p>
      </>
    ),
  });
}
