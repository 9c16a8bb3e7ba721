import {
  ComplaintInputSchema,
  DOOR_TO_DOOR_REASONS,
  DomainError,
  formatBookingCode,
  normaliseBookingCode,
  RATING_LEVELS,
  RATING_TAGS,
  RateInputSchema,
  type Visit,
  VisitRequestSchema,
  visitPublicView,
} from '@openhall/domain';
import type { CareUseCases } from '@openhall/services';
import type { Context, Hono } from 'hono';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/text-field.js';
import { renderNotFound, renderTenantNotFound } from '../../not-found-page.js';
import { type PageContext, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderPage } from '../../render-page.js';
import { SelectField, TextArea } from './care-fields.js';
import { type FormBody, field, invalidFields, optional } from './care-form.js';
import { careWords, readableTime } from './care-i18n.js';
import { carePaths } from './care-paths.js';

type Handler = (c: Context, ctx: PageContext, care: CareUseCases) => Promise<Response>;

/** Runs a care page with its tenant context; a tenant without the care services has no such pages. */
function page(deps: PagesDeps, handler: Handler) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    if (!deps.care) return renderNotFound(c, ctx, 'page');
    return handler(c, ctx, deps.care);
  };
}

function show(
  c: Context,
  ctx: PageContext,
  title: string,
  body: unknown,
  status: 200 | 400 | 404 | 409 | 422 = 200,
) {
  return renderPage(c, ctx, { title, cache: 'personal', body: body as never, status });
}

/** The domain's stable code of a refusal, or rethrows a fault (to the 500 page). */
async function attempt<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; code: string }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof DomainError && !('transient' in error)) return { ok: false, code: error.code };
    throw error;
  }
}

// ---- 上门服务 request -------------------------------------------------------------------------

function DoorToDoorForm(p: { ctx: PageContext; values: Record<string, string>; invalid: Set<string> }) {
  const { ctx, values, invalid } = p;
  const w = careWords[ctx.locale];
  const err = (name: string) => (invalid.has(name) ? w.fieldInvalid : undefined);
  const ids: Record<string, string> = {
    name: 'field-name',
    phone: 'field-phone',
    reasonText: 'field-reason-text',
    address: 'field-address',
  };
  return (
    <>
      <h1>{w.doorToDoor.title}</h1>
      <ErrorSummary
        t={ctx.t}
        errors={[...invalid]
          .filter((f) => ids[f])
          .map((f) => ({ fieldId: ids[f]!, message: w.fieldInvalid }))}
      />
      <p>{w.doorToDoor.intro}</p>
      <form method="post" action={carePaths.doorToDoor(ctx.tenantId)} novalidate>
        <TextField
          t={ctx.t}
          id="field-name"
          name="name"
          label={w.doorToDoor.name}
          value={values.name ?? ''}
          error={err('name')}
          autocomplete="name"
          required
          maxlength={40}
        />
        <TextField
          t={ctx.t}
          id="field-phone"
          name="phone"
          type="tel"
          inputmode="tel"
          label={w.doorToDoor.phone}
          value={values.phone ?? ''}
          error={err('phone')}
          autocomplete="tel-national"
          required
        />
        <SelectField
          id="field-reason"
          name="reason"
          label={w.doorToDoor.reason}
          value={values.reason ?? 'elderly'}
          options={DOOR_TO_DOOR_REASONS.map((r) => ({ value: r, label: w.reasons[r] ?? r }))}
        />
        <TextArea
          t={ctx.t}
          id="field-reason-text"
          name="reasonText"
          label={w.doorToDoor.reasonText}
          hint={w.doorToDoor.reasonTextHint}
          value={values.reasonText ?? ''}
          error={err('reasonText')}
          required
          maxlength={500}
        />
        <TextField
          t={ctx.t}
          id="field-address"
          name="address"
          label={w.doorToDoor.address}
          value={values.address ?? ''}
          error={err('address')}
          autocomplete="street-address"
          required
          maxlength={200}
        />
        <TextField
          t={ctx.t}
          id="field-preferred"
          name="preferredTime"
          label={w.doorToDoor.preferredTime}
          value={values.preferredTime ?? ''}
          maxlength={100}
        />
        <div class="field">
          <label class="check" for="field-agent">
            <input
              type="checkbox"
              id="field-agent"
              name="agent"
              value="yes"
              checked={values.agent === 'yes'}
            />
            <span>{w.doorToDoor.agent}</span>
          </label>
        </div>
        <button type="submit" class="btn wide">
          {w.doorToDoor.submit}
        </button>
      </form>
    </>
  );
}

function VisitFacts(p: { ctx: PageContext; visit: Visit; staffNames: string[] }) {
  const w = careWords[p.ctx.locale];
  const v = visitPublicView(p.visit, p.ctx.config.staff);
  return (
    <dl class="facts">
      <dt>{w.visit.code}</dt>
      <dd>
        <strong class="code">{formatBookingCode(v.code)}</strong>
      </dd>
      <dt>{p.ctx.locale === 'zh' ? '状态' : 'Status'}</dt>
      <dd data-status={v.status}>{w.visit.status[v.status]}</dd>
      {v.status === 'requested' ? (
        <>
          <dt>{w.visit.answerBy}</dt>
          <dd>{readableTime(v.answerDueAt)}</dd>
        </>
      ) : null}
      {v.scheduledAt ? (
        <>
          <dt>{w.visit.scheduledAt}</dt>
          <dd>{readableTime(v.scheduledAt)}</dd>
          <dt>{w.visit.place}</dt>
          <dd>{v.place}</dd>
          <dt>{w.visit.staff}</dt>
          <dd>{(v.staffNames ?? []).join('、')}</dd>
          <dt>{w.visit.notice}</dt>
          <dd class="notice">{v.notice}</dd>
        </>
      ) : null}
      {v.refusalReason ? (
        <>
          <dt>{w.visit.refusal}</dt>
          <dd>{v.refusalReason}</dd>
        </>
      ) : null}
    </dl>
  );
}

function visitRequestOf(body: FormBody) {
  return VisitRequestSchema.safeParse({
    kind: 'door-to-door',
    applicant: {
      name: field(body, 'name', 60),
      phone: field(body, 'phone', 40),
      agent: field(body, 'agent') === 'yes',
    },
    reason: field(body, 'reason', 40),
    reasonText: field(body, 'reasonText', 600),
    address: field(body, 'address', 250),
    ...(optional(body, 'preferredTime', 120) ? { preferredTime: optional(body, 'preferredTime', 120) } : {}),
  });
}

// ---- the pages ----------------------------------------------------------------------------------

export function registerCitizenCarePages(pages: Hono, deps: PagesDeps): void {
  pages.get(
    '/:tenantId/care/door-to-door',
    page(deps, async (c, ctx) =>
      show(
        c,
        ctx,
        careWords[ctx.locale].doorToDoor.title,
        <DoorToDoorForm ctx={ctx} values={{}} invalid={new Set()} />,
      ),
    ),
  );

  pages.post(
    '/:tenantId/care/door-to-door',
    page(deps, async (c, ctx, care) => {
      const w = careWords[ctx.locale];
      const body = (await c.req.parseBody()) as FormBody;
      const parsed = visitRequestOf(body);
      const values = Object.fromEntries(
        ['name', 'phone', 'reason', 'reasonText', 'address', 'preferredTime', 'agent'].map((k) => [
          k,
          field(body, k, 600),
        ]),
      );
      if (!parsed.success)
        return show(
          c,
          ctx,
          w.doorToDoor.title,
          <DoorToDoorForm ctx={ctx} values={values} invalid={invalidFields(parsed.error)} />,
          400,
        );
      const visit = await care.visits.request(ctx.tenantId, parsed.data, 'web', { kind: 'citizen' });
      return show(
        c,
        ctx,
        w.doorToDoor.done,
        <>
          <h1>{w.doorToDoor.done}</h1>
          <p role="status">{w.doorToDoor.answerBy(readableTime(visit.answerDueAt))}</p>
          <p>{w.doorToDoor.keepCode}</p>
          <VisitFacts ctx={ctx} visit={visit} staffNames={[]} />
          <p>
            <a class="btn" href={carePaths.visit(ctx.tenantId, visit.code)}>
              {w.doorToDoor.follow}
            </a>
          </p>
        </>,
      );
    }),
  );

  const lookupForm = (ctx: PageContext, code: string, problem?: string) => {
    const w = careWords[ctx.locale];
    return (
      <>
        <h1>{w.visit.title}</h1>
        <ErrorSummary t={ctx.t} errors={problem ? [{ message: problem }] : []} />
        <p>{w.visit.lookupIntro}</p>
        <form method="post" action={carePaths.visitLookup(ctx.tenantId)} novalidate>
          <TextField
            t={ctx.t}
            id="field-code"
            name="code"
            label={w.visit.code}
            value={code}
            autocapitalize="characters"
            autocomplete="off"
            required
            maxlength={20}
          />
          <TextField
            t={ctx.t}
            id="field-phone"
            name="phone"
            type="tel"
            inputmode="tel"
            label={w.doorToDoor.phone}
            autocomplete="tel-national"
            required
          />
          <button type="submit" class="btn wide">
            {w.visit.find}
          </button>
        </form>
      </>
    );
  };

  pages.get(
    '/:tenantId/care/visit',
    page(deps, async (c, ctx) =>
      show(
        c,
        ctx,
        careWords[ctx.locale].visit.title,
        lookupForm(ctx, (c.req.query('code') ?? '').slice(0, 20)),
      ),
    ),
  );

  pages.post(
    '/:tenantId/care/visit',
    page(deps, async (c, ctx, care) => {
      const w = careWords[ctx.locale];
      const body = (await c.req.parseBody()) as FormBody;
      const code = normaliseBookingCode(field(body, 'code', 30));
      const phone = field(body, 'phone', 40)
        .replace(/\D/g, '')
        .replace(/^86(?=1\d{10}$)/, '');
      const found = code ? await attempt(() => care.visits.find(ctx.tenantId, code)) : undefined;
      if (!found?.ok || found.value.applicant.phone !== phone)
        return show(c, ctx, w.visit.title, lookupForm(ctx, field(body, 'code', 20), w.visit.notFound), 404);
      const visit = found.value;
      return show(
        c,
        ctx,
        w.visit.title,
        <>
          <h1>{w.visit.title}</h1>
          <VisitFacts ctx={ctx} visit={visit} staffNames={[]} />
          {visit.status === 'completed' ? (
            <p>
              <a class="btn" href={carePaths.rate(ctx.tenantId, visit.code)}>
                {w.visit.rate}
              </a>
            </p>
          ) : null}
        </>,
      );
    }),
  );

  // ---- 好差评 -----------------------------------------------------------------------------------

  const rateForm = (ctx: PageContext, code: string, completedAt: string, problem?: string) => {
    const w = careWords[ctx.locale];
    return (
      <>
        <h1>{w.rate.title}</h1>
        <ErrorSummary t={ctx.t} errors={problem ? [{ message: problem }] : []} />
        <p>{w.rate.intro}</p>
        <p>{w.rate.serviceDone(readableTime(completedAt))}</p>
        <form method="post" action={carePaths.rate(ctx.tenantId, code)} novalidate>
          <fieldset>
            <legend>{w.rate.level}</legend>
            {RATING_LEVELS.map((level) => (
              <label class="check" for={`field-level-${level}`}>
                <input type="radio" id={`field-level-${level}`} name="level" value={level} required />
                <span>{w.level(level)}</span>
              </label>
            ))}
          </fieldset>
          {(['good', 'bad'] as const).map((group) => (
            <fieldset>
              <legend>{group === 'good' ? w.rate.goodTags : w.rate.badTags}</legend>
              {RATING_TAGS[group].map((tag, i) => (
                <label class="check" for={`field-${group}-tag-${i}`}>
                  <input
                    type="checkbox"
                    id={`field-${group}-tag-${i}`}
                    name={`${group}Tags`}
                    value={tag.zh}
                  />
                  <span>{tag[ctx.locale]}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <TextArea t={ctx.t} id="field-comment" name="comment" label={w.rate.comment} maxlength={500} />
          <input type="hidden" name="channel" value={ctx.here.includes('pad=1') ? 'pad' : 'phone'} />
          <details>
            <summary>{w.rate.identify}</summary>
            <TextField
              t={ctx.t}
              id="field-name"
              name="name"
              label={w.rate.name}
              autocomplete="name"
              maxlength={40}
            />
            <TextField
              t={ctx.t}
              id="field-phone"
              name="phone"
              type="tel"
              inputmode="tel"
              label={w.rate.phone}
              autocomplete="tel-national"
            />
          </details>
          <button type="submit" class="btn wide">
            {w.rate.submit}
          </button>
        </form>
      </>
    );
  };

  pages.get(
    '/:tenantId/care/rate',
    page(deps, async (c, ctx) => {
      const w = careWords[ctx.locale];
      const code = normaliseBookingCode(c.req.query('code') ?? '');
      if (code) return c.redirect(carePaths.rate(ctx.tenantId, code), 303);
      return show(
        c,
        ctx,
        w.rate.title,
        <>
          <h1>{w.rate.title}</h1>
          <form method="get" action={carePaths.rateEntry(ctx.tenantId)} novalidate>
            <TextField
              t={ctx.t}
              id="field-code"
              name="code"
              label={w.rate.codeLabel}
              autocapitalize="characters"
              autocomplete="off"
              required
              maxlength={20}
            />
            <button type="submit" class="btn wide">
              {w.rate.open}
            </button>
          </form>
        </>,
      );
    }),
  );

  pages.get(
    '/:tenantId/care/rate/:code',
    page(deps, async (c, ctx, care) => {
      const w = careWords[ctx.locale];
      const code = normaliseBookingCode(c.req.param('code') ?? '');
      const found = code ? await attempt(() => care.ratings.ratable(ctx.tenantId, code)) : undefined;
      if (!code || !found?.ok)
        return show(
          c,
          ctx,
          w.rate.title,
          <>
            <h1>{w.rate.title}</h1>
            <p role="alert">{w.rate.notRatable}</p>
          </>,
          404,
        );
      if (found.value.rated)
        return show(
          c,
          ctx,
          w.rate.title,
          <>
            <h1>{w.rate.title}</h1>
            <p role="status">{w.rate.already}</p>
          </>,
        );
      return show(c, ctx, w.rate.title, rateForm(ctx, code, found.value.service.completedAt));
    }),
  );

  pages.post(
    '/:tenantId/care/rate/:code',
    page(deps, async (c, ctx, care) => {
      const w = careWords[ctx.locale];
      const code = normaliseBookingCode(c.req.param('code') ?? '');
      if (!code)
        return show(
          c,
          ctx,
          w.rate.title,
          <>
            <h1>{w.rate.title}</h1>
            <p role="alert">{w.rate.notRatable}</p>
          </>,
          404,
        );
      const body = (await c.req.parseBody()) as FormBody;
      const name = optional(body, 'name', 60);
      const phone = optional(body, 'phone', 40);
      const level = field(body, 'level', 40);
      // The tags of the group that goes with the level chosen, and only the ones offered.
      const bad = level === 'dissatisfied' || level === 'very-dissatisfied';
      const offered = new Set<string>(RATING_TAGS[bad ? 'bad' : 'good'].map((t) => t.zh));
      const tags = [body[bad ? 'badTags' : 'goodTags']]
        .flat()
        .filter((t): t is string => typeof t === 'string' && offered.has(t));
      const parsed = RateInputSchema.safeParse({
        level,
        tags: [...new Set(tags)],
        ...(optional(body, 'comment', 600) ? { comment: optional(body, 'comment', 600) } : {}),
        channel: field(body, 'channel') === 'pad' ? 'pad' : 'phone',
        ...(name && phone ? { identity: { name, phone } } : {}),
      });
      const ratable = await attempt(() => care.ratings.ratable(ctx.tenantId, code));
      if (!ratable.ok)
        return show(
          c,
          ctx,
          w.rate.title,
          <>
            <h1>{w.rate.title}</h1>
            <p role="alert">{w.rate.notRatable}</p>
          </>,
          404,
        );
      if (!parsed.success)
        return show(
          c,
          ctx,
          w.rate.title,
          rateForm(ctx, code, ratable.value.service.completedAt, w.fieldInvalid),
          400,
        );
      const done = await attempt(() => care.ratings.rate(ctx.tenantId, code, parsed.data));
      if (!done.ok) {
        const message =
          done.code === 'already_rated'
            ? w.rate.already
            : done.code === 'rating_window_closed'
              ? w.rate.closed
              : w.rate.notRatable;
        return show(
          c,
          ctx,
          w.rate.title,
          <>
            <h1>{w.rate.title}</h1>
            <p role="alert">{message}</p>
          </>,
          done.code === 'already_rated' ? 409 : 422,
        );
      }
      return show(
        c,
        ctx,
        w.rate.thanks,
        <>
          <h1>{w.rate.thanks}</h1>
          <p role="status" data-level={done.value.rating.level}>
            {w.level(done.value.rating.level)}
          </p>
          {done.value.followUp ? <p>{w.rate.followUp}</p> : null}
        </>,
      );
    }),
  );

  // ---- 投诉 ----------------------------------------------------------------------------------------

  const complainForm = (ctx: PageContext, values: Record<string, string>, invalid: Set<string>) => {
    const w = careWords[ctx.locale];
    const err = (n: string) => (invalid.has(n) ? w.fieldInvalid : undefined);
    return (
      <>
        <h1>{w.complain.title}</h1>
        <ErrorSummary
          t={ctx.t}
          errors={[...invalid].map((f) => ({
            fieldId:
              f === 'contactPhone'
                ? 'field-contact-phone'
                : f === 'contactName'
                  ? 'field-contact-name'
                  : 'field-text',
            message: w.fieldInvalid,
          }))}
        />
        <p>{w.complain.intro}</p>
        <form method="post" action={carePaths.complain(ctx.tenantId)} novalidate>
          <TextArea
            t={ctx.t}
            id="field-text"
            name="text"
            label={w.complain.text}
            value={values.text ?? ''}
            error={err('text')}
            required
            maxlength={2000}
          />
          <TextField
            t={ctx.t}
            id="field-contact-name"
            name="contactName"
            label={w.complain.contactName}
            value={values.contactName ?? ''}
            error={err('contactName')}
            autocomplete="name"
            maxlength={40}
          />
          <TextField
            t={ctx.t}
            id="field-contact-phone"
            name="contactPhone"
            type="tel"
            inputmode="tel"
            label={w.complain.contactPhone}
            value={values.contactPhone ?? ''}
            error={err('contactPhone')}
            autocomplete="tel-national"
          />
          <button type="submit" class="btn wide">
            {w.complain.submit}
          </button>
        </form>
      </>
    );
  };

  pages.get(
    '/:tenantId/care/complain',
    page(deps, async (c, ctx) =>
      show(c, ctx, careWords[ctx.locale].complain.title, complainForm(ctx, {}, new Set())),
    ),
  );

  pages.post(
    '/:tenantId/care/complain',
    page(deps, async (c, ctx, care) => {
      const w = careWords[ctx.locale];
      const body = (await c.req.parseBody()) as FormBody;
      const values = {
        text: field(body, 'text'),
        contactName: field(body, 'contactName', 60),
        contactPhone: field(body, 'contactPhone', 40),
      };
      const parsed = ComplaintInputSchema.safeParse({
        text: values.text,
        ...(values.contactName.trim() ? { contactName: values.contactName } : {}),
        ...(values.contactPhone.trim() ? { contactPhone: values.contactPhone.trim() } : {}),
      });
      if (!parsed.success)
        return show(c, ctx, w.complain.title, complainForm(ctx, values, invalidFields(parsed.error)), 400);
      const complaint = await care.complaints.open(ctx.tenantId, 'web', parsed.data, { kind: 'citizen' });
      return show(
        c,
        ctx,
        w.complain.done,
        <>
          <h1>{w.complain.done}</h1>
          <p>{w.complain.keepCode}</p>
          <p>
            <strong class="code">{formatBookingCode(complaint.code)}</strong>
          </p>
          <p>{w.complain.dueBy(readableTime(complaint.dueAt))}</p>
          <p>
            <a class="btn" href={carePaths.complaint(ctx.tenantId, complaint.code)}>
              {w.complaint.title}
            </a>
          </p>
        </>,
      );
    }),
  );

  pages.get(
    '/:tenantId/care/complaint',
    page(deps, async (c, ctx, care) => {
      const w = careWords[ctx.locale];
      const typed = (c.req.query('code') ?? '').slice(0, 20);
      const form = (problem?: string) => (
        <>
          <h1>{w.complaint.title}</h1>
          <ErrorSummary t={ctx.t} errors={problem ? [{ message: problem }] : []} />
          <form method="get" action={carePaths.complaintEntry(ctx.tenantId)} novalidate>
            <TextField
              t={ctx.t}
              id="field-code"
              name="code"
              label={w.complaint.code}
              value={typed}
              autocapitalize="characters"
              autocomplete="off"
              required
              maxlength={20}
            />
            <button type="submit" class="btn wide">
              {w.complaint.find}
            </button>
          </form>
        </>
      );
      if (!typed) return show(c, ctx, w.complaint.title, form());
      const code = normaliseBookingCode(typed);
      const found = code ? await attempt(() => care.complaints.find(ctx.tenantId, code)) : undefined;
      if (!found?.ok) return show(c, ctx, w.complaint.title, form(w.complaint.notFound), 404);
      const cp = found.value;
      return show(
        c,
        ctx,
        w.complaint.title,
        <>
          <h1>{w.complaint.title}</h1>
          <dl class="facts">
            <dt>{w.complaint.code}</dt>
            <dd>
              <strong class="code">{formatBookingCode(cp.code)}</strong>
            </dd>
            <dt>{ctx.locale === 'zh' ? '状态' : 'Status'}</dt>
            <dd data-status={cp.status}>{w.complaint.status[cp.status]}</dd>
            <dt>{w.complaint.due}</dt>
            <dd>{readableTime(cp.dueAt)}</dd>
            {cp.answer ? (
              <>
                <dt>{w.complaint.answer}</dt>
                <dd>
                  {cp.answer.text}（{w.complaint.via[cp.answer.via]} · {readableTime(cp.answer.at)}）
                </dd>
              </>
            ) : null}
          </dl>
        </>,
      );
    }),
  );

  pages.get('/:tenantId/care/*', async (c) => {
    const ctx = await pageContext(c, deps);
    return ctx ? renderNotFound(c, ctx, 'page') : renderTenantNotFound(c);
  });
}
