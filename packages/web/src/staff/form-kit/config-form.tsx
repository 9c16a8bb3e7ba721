import {
  type AuditEntry,
  BookingsStrandedError,
  IdMismatchError,
  InvalidConfigError,
  NotFoundError,
  StaleVersionError,
  type StrandedBooking,
  type TenantConfig,
} from '@openhall/domain';
import { type ConfigChange, changeConfig, loadTenantConfig } from '@openhall/services';
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { z } from 'zod';
import { type PageContext, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { type FormError, formErrorsOf, formErrorsOfConfig } from './field-errors.js';
import { FORM_KIT_CSS, type FormKit, fieldId, formKit, ROWS_SCRIPT } from './form-kit.js';
import { formKitWords } from './form-kit-i18n.js';
import { type FormBody, overlay, shapeOf } from './form-shape.js';

/**
 * One form of the admin console over one value of the configuration (a matter, a hall's hours,
 * the booking policy). The kit does the rest the same way for every form: the value from the
 * form's fields, the admin API's schema over it, the change through `changeConfig` (the one
 * writer, with the version edited), and every refusal shown at its field.
 */
export interface ConfigForm {
  /** The route of the form, e.g. `/:tenantId/staff/admin/config/matters/:itemId` (`new` adds). */
  route: string;
  /** Its URL for an item (or for the one value, when `route` names no item). */
  path: (tenantId: string, itemId?: string) => string;
  /** Where "back" goes and what it says. */
  back: (ctx: PageContext) => { href: string; label: string };
  title: (ctx: PageContext, value: unknown, isNew: boolean) => string;
  /** The admin API's schema of the value: the same check as `PUT` of the API. */
  schema: z.ZodType;
  /** The value edited, as stored; `undefined` when there is no such item. */
  load: (config: TenantConfig, itemId: string | undefined) => unknown;
  /** What a new item starts as (only forms that add). */
  blank?: (config: TenantConfig) => unknown;
  /** The form's value in the schema's shape, where a field picks one of a union's forms. */
  adapt?: (value: unknown) => unknown;
  /** The change of the configuration, as the admin API builds it. */
  change: (value: never, itemId: string) => ConfigChange;
  /** The id a new value goes under (default its `id`); an id in use is refused at the field `takenAt` (default `id`). */
  idOf?: (value: unknown) => string;
  takenAt?: string;
  /** The removal, as the admin API's `DELETE` builds it (only forms whose API removes). */
  remove?: (itemId: string) => ConfigChange;
  /** Where a removal goes back to. */
  afterRemove?: (tenantId: string) => string;
  /** The JSON pointer of the value in the configuration, for the configuration-level refusals. */
  pointer: (config: TenantConfig, itemId: string) => string;
  fields: (f: FormKit, ctx: PageContext, value: unknown, isNew: boolean) => Child;
}

interface FormState {
  value: unknown;
  version: number;
  itemId: string | undefined;
  errors?: FormError[];
  stale?: AuditEntry[];
  stranded?: readonly StrandedBooking[];
  saved?: number;
}

const NEW = 'new';

/** The GET, POST and (where the API removes) delete routes of one console form, for the district admin. */
export function registerConfigForm(staff: Hono<StaffEnv>, deps: PagesDeps, form: ConfigForm): void {
  staff.get(form.route, async (c) => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(c.get('staff'), 'district-admin')) return forbidden(c, ctx);
    const itemId = c.req.param('itemId');
    const stored = await loadTenantConfig(deps.configStore, ctx.tenantId);
    const value = itemId === NEW && form.blank ? form.blank(stored.config) : form.load(stored.config, itemId);
    if (value === undefined) return c.notFound();
    const saved = Number(c.req.query('saved'));
    return formPage(c, ctx, form, {
      value,
      version: stored.version,
      itemId,
      ...(Number.isInteger(saved) && saved > 0 ? { saved } : {}),
    });
  });

  staff.post(form.route, async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin') || !deps.bookingStore) return forbidden(c, ctx);
    const param = c.req.param('itemId');
    const isNew = param === NEW;
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const version = Number(body._version);
    const stored = await loadTenantConfig(deps.configStore, ctx.tenantId);
    const current = isNew && form.blank ? form.blank(stored.config) : form.load(stored.config, param);
    if (current === undefined) return c.notFound();
    const value = overlay(current, shapeOf(body));
    const itemId = isNew ? (form.idOf?.(value) ?? String((value as { id?: unknown }).id ?? '')) : param;
    const state: FormState = { value, version, itemId: param };
    const parsed = form.schema.safeParse(form.adapt ? form.adapt(value) : value);
    if (!parsed.success)
      return formPage(c, ctx, form, { ...state, errors: formErrorsOf(parsed.error, ctx.locale) }, 400);
    if (isNew && form.load(stored.config, itemId) !== undefined) {
      const taken = ctx.locale === 'zh' ? `“${itemId}”已被使用` : `"${itemId}" is taken`;
      return formPage(c, ctx, form, { ...state, errors: [{ key: form.takenAt ?? 'id', text: taken }] }, 400);
    }
    const pointer = form.pointer(stored.config, itemId ?? '');
    return write(c, ctx, form, state, {
      change: form.change(parsed.data as never, itemId ?? ''),
      expectedVersion: version,
      confirmStranded: body._confirmStranded === 'true',
      pointer,
      done: (v) => `${form.path(ctx.tenantId, itemId)}?saved=${v}`,
      deps,
    });
  });

  const remove = form.remove;
  if (!remove) return;
  staff.post(`${form.route}/delete`, async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    if (!holds(session, 'district-admin') || !deps.bookingStore) return forbidden(c, ctx);
    const itemId = c.req.param('itemId') ?? '';
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const stored = await loadTenantConfig(deps.configStore, ctx.tenantId);
    const value = form.load(stored.config, itemId);
    if (value === undefined) return c.notFound();
    const version = Number(body._version);
    return write(
      c,
      ctx,
      form,
      { value, version, itemId },
      {
        change: remove(itemId),
        expectedVersion: version,
        confirmStranded: body._confirmStranded === 'true',
        pointer: form.pointer(stored.config, itemId),
        done: () =>
          `${form.afterRemove?.(ctx.tenantId) ?? form.path(ctx.tenantId)}?removed=${encodeURIComponent(itemId)}`,
        deps,
      },
    );
  });
}

/** The change through the one writer; a refusal shows the form again with what it says. */
async function write(
  c: Context<StaffEnv>,
  ctx: PageContext,
  form: ConfigForm,
  state: FormState,
  w: {
    change: ConfigChange;
    expectedVersion: number;
    confirmStranded: boolean;
    pointer: string;
    done: (version: number) => string;
    deps: PagesDeps;
  },
): Promise<Response> {
  const { deps } = w;
  try {
    const saved = await changeConfig(
      { configStore: deps.configStore, bookingStore: deps.bookingStore! },
      {
        tenantId: ctx.tenantId,
        actor: c.get('staff').member.id,
        change: w.change,
        // A form always says which version it edited: a missing or broken one is stale, never "latest".
        expectedVersion: Number.isInteger(w.expectedVersion) && w.expectedVersion > 0 ? w.expectedVersion : 0,
        confirmStranded: w.confirmStranded,
        now: deps.now(),
      },
    );
    return c.redirect(w.done(saved.version), 303);
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      const errors = formErrorsOfConfig(error.errors, w.pointer, ctx.locale);
      return formPage(c, ctx, form, { ...state, errors }, 400);
    }
    if (error instanceof StaleVersionError) {
      const audit = await deps.configStore.listAudit(ctx.tenantId, { limit: 20 });
      const stale = audit.filter((e) => e.version > w.expectedVersion).sort((a, b) => a.version - b.version);
      return formPage(c, ctx, form, { ...state, version: error.currentVersion, stale }, 409);
    }
    if (error instanceof BookingsStrandedError) {
      return formPage(c, ctx, form, { ...state, stranded: error.stranded }, 409);
    }
    if (error instanceof IdMismatchError) {
      return formPage(c, ctx, form, { ...state, errors: [{ key: 'id', text: error.message }] }, 400);
    }
    if (error instanceof NotFoundError) return c.notFound();
    throw error;
  }
}

const short = (v: unknown) => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text === undefined ? '' : text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

async function formPage(
  c: Context<StaffEnv>,
  ctx: PageContext,
  form: ConfigForm,
  state: FormState,
  status: 200 | 400 | 409 = 200,
): Promise<Response> {
  const words = formKitWords[ctx.locale];
  const isNew = state.itemId === NEW;
  const errors = state.errors ?? [];
  const f = formKit({ values: state.value, errors, locale: ctx.locale });
  // The fields first: each takes the errors at its path, so the summary can link to them.
  const fields = form.fields(f, ctx, state.value, isNew);
  const title = form.title(ctx, state.value, isNew);
  const back = form.back(ctx);
  const nameOf = (id: string) => ctx.config.staff.find((s) => s.id === id)?.name ?? id;
  const action = form.path(ctx.tenantId, state.itemId);
  const removed = c.req.query('removed');
  return renderStaffPage(c, ctx, {
    title,
    session: c.get('staff'),
    status,
    css: FORM_KIT_CSS,
    script: ROWS_SCRIPT,
    body: (
      <>
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
        <h1>{title}</h1>
        {state.saved ? (
          <p class="ok" role="status">
            {words.saved(state.saved)}
          </p>
        ) : null}
        {removed ? (
          <p class="ok" role="status">
            {words.removed}
          </p>
        ) : null}
        {errors.length > 0 ? (
          <div class="error-summary" role="alert">
            <h2>{words.errors(errors.length)}</h2>
            <ul>
              {errors.map((e) => (
                <li data-error-key={e.key}>
                  <a href={`#${f.shownAt(e) ?? 'console-form'}`}>
                    {e.key ? <code>{e.key}</code> : null} {e.text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.stale ? (
          <div class="error-summary stale" role="alert">
            <p>{words.stale}</p>
            <ul>
              {state.stale.map((e) => (
                <li data-version={String(e.version)}>
                  {words.staleLine(e.version, e.at, nameOf(e.actor), e.action)}
                  <ul class="changes">
                    {e.changes.map((x) => (
                      <li>
                        <code>{x.path}</code>
                        {x.oldValue !== undefined ? ` ${words.was} ${short(x.oldValue)}` : ''}
                        {x.newValue !== undefined ? ` ${words.now} ${short(x.newValue)}` : ''}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form method="post" action={action} id="console-form" novalidate>
          <input type="hidden" name="_version" value={String(state.version)} />
          {state.stranded ? (
            <div class="error-summary" role="alert">
              <p>{words.stranded}</p>
              <ul>
                {state.stranded.map((s) => (
                  <li data-booking={s.code}>
                    {s.code} {s.start.slice(0, 16).replace('T', ' ')}{' '}
                    {ctx.config.windows.find((x) => x.id === s.windowId)?.code ?? s.windowId}
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" name="_confirmStranded" value="true" /> {words.confirmStranded}
              </label>
            </div>
          ) : null}
          {fields}
          <p class="form-actions">
            <button class="btn" type="submit">
              {words.save}
            </button>
          </p>
        </form>
        {form.remove && !isNew && state.itemId ? (
          <form method="post" action={`${action}/delete`}>
            <input type="hidden" name="_version" value={String(state.version)} />
            <button class="btn-small" type="submit" id="delete">
              {words.removeConfirm}
            </button>
          </form>
        ) : null}
      </>
    ),
  });
}

/** The console's refusal for a member who is not the district admin. */
export async function forbidden(c: Context<StaffEnv>, ctx: PageContext): Promise<Response> {
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

export { fieldId };
