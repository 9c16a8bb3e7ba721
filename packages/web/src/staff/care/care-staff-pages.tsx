import {
  type Complaint,
  ComplaintChannelSchema,
  ComplaintInputSchema,
  DomainError,
  type FollowUp,
  maskPhone,
  RATING_LEVEL_LABELS,
  type Rating,
  type TrailEntry,
  type Visit,
} from '@openhall/domain';
import type { CareActor, CareUseCases } from '@openhall/services';
import type { Context, Hono } from 'hono';
import { type FormBody, field, optional } from '../../citizen/care/care-form.js';
import { careWords, readableTime } from '../../citizen/care/care-i18n.js';
import { pick } from '../../i18n/locale.js';
import { type PageContext, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv, type StaffSession } from '../session/staff-session.js';
import { careDeskWords } from './care-desk-i18n.js';
import { careDeskPaths, registerCareDeskPages } from './care-desk-pages.js';
import { careStaffWords } from './care-staff-i18n.js';

type Words = (typeof careStaffWords)['zh'];

export const careStaffPaths = {
  home: (t: string) => `/t/${t}/staff/care`,
  visit: (t: string, id: string) => `/t/${t}/staff/care/visits/${encodeURIComponent(id)}`,
  followUp: (t: string, id: string) => `/t/${t}/staff/care/follow-ups/${encodeURIComponent(id)}`,
  complaint: (t: string, id: string) => `/t/${t}/staff/care/complaints/${encodeURIComponent(id)}`,
  newComplaint: (t: string) => `/t/${t}/staff/care/complaints/new`,
};

function actorOf(session: StaffSession): CareActor {
  return {
    kind: 'staff',
    staffId: session.member.id,
    roles: session.roles,
    departmentId: session.member.departmentId,
  };
}

/** Desk and managers call people back; a window member sees phones masked (139****5678). */
function phoneFor(session: StaffSession, phone: string): string {
  return holds(session, 'desk', 'section-manager', 'district-admin') ? phone : maskPhone(phone);
}

function nameOf(session: StaffSession, staffId: string): string {
  return session.config.staff.find((s) => s.id === staffId)?.name ?? staffId;
}

function departmentName(ctx: PageContext, id: string | undefined): string {
  const d = ctx.config.departments.find((x) => x.id === id);
  return d ? pick(d.name, ctx.locale) : (id ?? '—');
}

type CareHandler = (
  c: Context<StaffEnv>,
  ctx: PageContext,
  care: CareUseCases,
  session: StaffSession,
  w: Words,
) => Promise<Response>;

function staffPage(deps: PagesDeps, handler: CareHandler) {
  return async (c: Context<StaffEnv>): Promise<Response> => {
    const ctx = await pageContext(c as unknown as Context, deps);
    if (!ctx || !deps.care) return c.notFound();
    return handler(c, ctx, deps.care, c.get('staff'), careStaffWords[ctx.locale]);
  };
}

/** Runs a step and goes back to the record's page, saying whether it was saved (PRG). */
async function step(c: Context<StaffEnv>, back: string, run: () => Promise<unknown>): Promise<Response> {
  try {
    await run();
    return c.redirect(`${back}?saved=1`, 303);
  } catch (error) {
    if (error instanceof DomainError && !('transient' in error))
      return c.redirect(`${back}?refused=${encodeURIComponent(error.code)}`, 303);
    throw error;
  }
}

function Flash(p: { c: Context<StaffEnv>; w: Words }) {
  const saved = p.c.req.query('saved');
  const refused = p.c.req.query('refused');
  if (refused)
    return (
      <p class="error-summary" role="alert">
        {p.w.refused(refused.slice(0, 60))}
      </p>
    );
  if (saved)
    return (
      <p role="status" class="ok">
        {p.w.saved}
      </p>
    );
  return null;
}

function Trail(p: { session: StaffSession; w: Words; trail: TrailEntry[] }) {
  return (
    <>
      <h2>{p.w.trail}</h2>
      <table>
        <tbody>
          {p.trail.map((t) => (
            <tr data-action={t.action}>
              <td>{readableTime(t.at)}</td>
              <td>{t.by === 'citizen' || t.by === 'system' ? t.by : nameOf(p.session, t.by)}</td>
              <td>{t.action}</td>
              <td>{t.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Area(p: { id: string; name: string; label: string; required?: boolean }) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <textarea id={p.id} name={p.name} rows={3} required={p.required} maxlength={2000} />
    </div>
  );
}

function Line(p: {
  id: string;
  name: string;
  label: string;
  value?: string;
  type?: string;
  required?: boolean;
}) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input type={p.type ?? 'text'} id={p.id} name={p.name} value={p.value ?? ''} required={p.required} />
    </div>
  );
}

function ViaSelect(p: { id: string; name: string; label: string; w: Words }) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select id={p.id} name={p.name}>
        {Object.entries(p.w.vias).map(([v, l]) => (
          <option value={v}>{l}</option>
        ))}
      </select>
    </div>
  );
}

function idOf(c: Context<StaffEnv>): string {
  return c.req.param('id') ?? '';
}

/** `2026-02-14T10:00` from a datetime-local input, as ISO 8601 in +08:00. */
function shanghaiOfLocal(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+08:00` : value;
}

export function registerCareStaffPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  // First: their fixed paths (`visits/new`) come before the `visits/:id` below.
  registerCareDeskPages(staff, deps);
  // ---- the overview ---------------------------------------------------------------------------
  staff.get(
    '/:tenantId/staff/care',
    staffPage(deps, async (c, ctx, care, session, w) => {
      const t = ctx.tenantId;
      const [overdue, visits, followUps, complaints, appeals] = await Promise.all([
        care.overdueItems(t),
        care.visits.open(t),
        care.followUps.open(t),
        care.complaints.list(t),
        care.ratings.pendingAppeals(t),
      ]);
      const linkOf = (kind: string, id: string) =>
        kind === 'visit'
          ? careStaffPaths.visit(t, id)
          : kind === 'follow-up'
            ? careStaffPaths.followUp(t, id)
            : kind === 'complaint'
              ? careStaffPaths.complaint(t, id)
              : '#';
      const list = (
        title: string,
        rows: { href: string; label: string; due?: string; status?: string }[],
      ) => (
        <section>
          <h2>{title}</h2>
          {rows.length === 0 ? (
            <p>{w.none}</p>
          ) : (
            <table>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <td>
                      <a href={r.href}>{r.label}</a>
                    </td>
                    <td>{r.status ?? ''}</td>
                    <td>{r.due ? readableTime(r.due) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      );
      return renderStaffPage(c as unknown as Context, ctx, {
        title: w.title,
        session,
        body: (
          <>
            <h1>{w.title}</h1>
            <ul class="console-links">
              <li>
                <a class="btn" href={careDeskPaths.newVisit(t)}>
                  {careDeskWords[ctx.locale].newVisit}
                </a>
              </li>
              <li>
                <a class="btn" href={careStaffPaths.newComplaint(t)}>
                  {w.newComplaint}
                </a>
              </li>
              <li>
                <a class="btn" href={careDeskPaths.cases(t)}>
                  {careDeskWords[ctx.locale].cases}
                </a>
              </li>
            </ul>
            <section>
              <h2>{w.overdue}</h2>
              {overdue.length === 0 ? (
                <p>{w.noOverdue}</p>
              ) : (
                <table class="overdue">
                  <thead>
                    <tr>
                      <th>{w.kind}</th>
                      <th>{w.due}</th>
                      <th>ID</th>
                    </tr>
                  </thead>
                  <tbody>
                    {overdue.map((o) => (
                      <tr>
                        <td>
                          {w.kinds[o.kind]} · {w.dues[o.due] ?? o.due}
                        </td>
                        <td>{readableTime(o.dueAt)}</td>
                        <td>
                          <a href={linkOf(o.kind, o.id)}>{o.id}</a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <div class="grid2">
              {list(
                w.visitsRequested,
                visits.requested.map((v) => ({
                  href: careStaffPaths.visit(t, v.id),
                  label: `${v.id} · ${v.address}`,
                  due: v.answerDueAt,
                })),
              )}
              {list(
                w.visitsAccepted,
                visits.accepted.map((v) => ({
                  href: careStaffPaths.visit(t, v.id),
                  label: `${v.id} · ${v.acceptance!.place}`,
                  due: v.acceptance!.scheduledAt,
                })),
              )}
              {list(
                w.followUps,
                followUps.map((f) => ({
                  href: careStaffPaths.followUp(t, f.id),
                  label: `${f.id} · ${departmentName(ctx, f.departmentId)}`,
                  status: f.status,
                  due: f.status === 'open' ? f.callbackDueAt : f.fixDueAt,
                })),
              )}
              {list(
                w.appeals,
                appeals.map((r) => ({ href: careStaffPaths.followUp(t, r.id), label: r.id })),
              )}
              {list(
                w.complaintsOpen,
                complaints.open.map((x) => ({
                  href: careStaffPaths.complaint(t, x.id),
                  label: `${x.id} · ${w.channels[x.channel]}`,
                  status: x.status,
                  due: x.dueAt,
                })),
              )}
              {list(
                w.complaintsAnswered,
                complaints.answered.map((x) => ({
                  href: careStaffPaths.complaint(t, x.id),
                  label: `${x.id} · ${w.channels[x.channel]}`,
                  status: x.status,
                })),
              )}
            </div>
          </>
        ),
      });
    }),
  );

  // ---- one visit ------------------------------------------------------------------------------
  staff.get(
    '/:tenantId/staff/care/visits/:id',
    staffPage(deps, async (c, ctx, care, session, w) => {
      let visit: Visit;
      try {
        visit = await care.visits.find(ctx.tenantId, idOf(c));
      } catch {
        return c.notFound();
      }
      const t = ctx.tenantId;
      const here = careStaffPaths.visit(t, visit.id);
      const members = session.config.staff.filter((s) => !s.retired);
      return renderStaffPage(c as unknown as Context, ctx, {
        title: w.visit.title(visit.id),
        session,
        body: (
          <>
            <h1>{w.visit.title(visit.id)}</h1>
            <Flash c={c} w={w} />
            <dl class="facts">
              <dt>{w.status}</dt>
              <dd data-status={visit.status}>{w.statuses[visit.status] ?? visit.status}</dd>
              <dt>{w.visit.applicant}</dt>
              <dd>{visit.applicant.name}</dd>
              <dt>{w.visit.phone}</dt>
              <dd>{phoneFor(session, visit.applicant.phone)}</dd>
              <dt>{w.visit.reason}</dt>
              <dd>
                {careWords[ctx.locale].reasons[visit.reason] ?? visit.reason} · {visit.reasonText}
              </dd>
              <dt>{w.visit.address}</dt>
              <dd>{visit.address}</dd>
              {visit.preferredTime ? (
                <>
                  <dt>{w.visit.preferred}</dt>
                  <dd>{visit.preferredTime}</dd>
                </>
              ) : null}
              <dt>{w.visit.answerDue}</dt>
              <dd>{readableTime(visit.answerDueAt)}</dd>
              {visit.acceptance ? (
                <>
                  <dt>{w.visit.scheduledAt}</dt>
                  <dd>{readableTime(visit.acceptance.scheduledAt)}</dd>
                  <dt>{w.visit.place}</dt>
                  <dd>{visit.acceptance.place}</dd>
                  <dt>{w.visit.staff}</dt>
                  <dd class="visit-staff">
                    {visit.acceptance.staffIds.map((id) => nameOf(session, id)).join('、')}
                  </dd>
                  <dt>{w.visit.notice}</dt>
                  <dd>{visit.acceptance.notice}</dd>
                </>
              ) : null}
              {visit.completion ? (
                <>
                  <dt>{w.visit.outcome}</dt>
                  <dd>{visit.completion.outcome}</dd>
                  <dt>{w.visit.timeOff}</dt>
                  <dd>
                    {visit.completion.timeOffInLieu
                      .map((x) => `${nameOf(session, x.staffId)} ${x.minutes}′`)
                      .join('、') || '—'}
                  </dd>
                </>
              ) : null}
            </dl>
            {visit.status === 'requested' ? (
              <div class="grid2">
                <form method="post" action={`${here}/accept`}>
                  <h2>{w.visit.accept}</h2>
                  <Line
                    id="f-when"
                    name="scheduledAt"
                    type="datetime-local"
                    label={w.visit.scheduledAt}
                    required
                  />
                  <Line id="f-place" name="place" label={w.visit.place} value={visit.address} required />
                  <Area id="f-notice" name="notice" label={w.visit.notice} required />
                  <div class="field">
                    <label for="f-dept">{w.visit.department}</label>
                    <select id="f-dept" name="departmentId">
                      {ctx.config.departments.map((d) => (
                        <option
                          value={d.id}
                          selected={d.id === (visit.departmentId ?? session.member.departmentId)}
                        >
                          {pick(d.name, ctx.locale)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <fieldset>
                    <legend>{w.visit.staff}</legend>
                    {members.map((m) => (
                      <label class="check" for={`f-staff-${m.id}`}>
                        <input type="checkbox" id={`f-staff-${m.id}`} name="staffIds" value={m.id} />
                        <span>
                          {m.name} · {departmentName(ctx, m.departmentId)}
                        </span>
                      </label>
                    ))}
                  </fieldset>
                  <button type="submit" class="btn">
                    {w.visit.accept}
                  </button>
                </form>
                {holds(session, 'section-manager', 'district-admin') ? (
                  <form method="post" action={`${here}/refuse`}>
                    <h2>{w.visit.refuse}</h2>
                    <Area id="f-refuse" name="reason" label={w.visit.refuseReason} required />
                    <ViaSelect id="f-refuse-via" name="toldVia" label={w.visit.toldVia} w={w} />
                    <button type="submit" class="btn">
                      {w.visit.refuse}
                    </button>
                  </form>
                ) : null}
              </div>
            ) : null}
            {visit.status === 'accepted' ? (
              <form method="post" action={`${here}/complete`}>
                <h2>{w.visit.complete}</h2>
                <Area id="f-outcome" name="outcome" label={w.visit.outcome} required />
                <Line
                  id="f-minutes"
                  name="servedMinutes"
                  type="number"
                  label={w.visit.servedMinutes}
                  value="60"
                  required
                />
                <button type="submit" class="btn">
                  {w.visit.complete}
                </button>
              </form>
            ) : null}
            <Trail session={session} w={w} trail={visit.trail} />
          </>
        ),
      });
    }),
  );

  staff.post(
    '/:tenantId/staff/care/visits/:id/accept',
    staffPage(deps, async (c, ctx, care, session) => {
      const id = idOf(c);
      const body = (await c.req.parseBody({ all: true })) as FormBody;
      const raw = body.staffIds;
      const staffIds = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter(
        (x): x is string => typeof x === 'string',
      );
      return step(c, careStaffPaths.visit(ctx.tenantId, id), () =>
        care.visits.accept(
          ctx.tenantId,
          id,
          {
            scheduledAt: shanghaiOfLocal(field(body, 'scheduledAt', 40)),
            place: field(body, 'place', 200).trim(),
            notice: field(body, 'notice').trim(),
            staffIds,
            ...(optional(body, 'departmentId', 64)
              ? { departmentId: optional(body, 'departmentId', 64)! }
              : {}),
          },
          actorOf(session),
        ),
      );
    }),
  );

  staff.post(
    '/:tenantId/staff/care/visits/:id/refuse',
    staffPage(deps, async (c, ctx, care, session) => {
      const id = idOf(c);
      const body = (await c.req.parseBody()) as FormBody;
      return step(c, careStaffPaths.visit(ctx.tenantId, id), () =>
        care.visits.refuse(
          ctx.tenantId,
          id,
          { reason: field(body, 'reason', 500).trim(), toldVia: field(body, 'toldVia', 40) },
          actorOf(session),
        ),
      );
    }),
  );

  staff.post(
    '/:tenantId/staff/care/visits/:id/complete',
    staffPage(deps, async (c, ctx, care, session) => {
      const id = idOf(c);
      const body = (await c.req.parseBody()) as FormBody;
      const minutes = Number.parseInt(field(body, 'servedMinutes', 5), 10);
      return step(c, careStaffPaths.visit(ctx.tenantId, id), () =>
        care.visits.complete(
          ctx.tenantId,
          id,
          {
            outcome: field(body, 'outcome', 1000).trim() || '—',
            servedMinutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 1,
          },
          actorOf(session),
        ),
      );
    }),
  );

  // ---- one follow-up (and its rating's appeal) ------------------------------------------------
  staff.get(
    '/:tenantId/staff/care/follow-ups/:id',
    staffPage(deps, async (c, ctx, care, session, w) => {
      const id = idOf(c);
      let rating: Rating;
      try {
        rating = await care.ratings.find(ctx.tenantId, id);
      } catch {
        return c.notFound();
      }
      let followUp: FollowUp | undefined;
      try {
        followUp = await care.followUps.find(ctx.tenantId, id);
      } catch {
        followUp = undefined;
      }
      const here = careStaffPaths.followUp(ctx.tenantId, id);
      const f = followUp;
      return renderStaffPage(c as unknown as Context, ctx, {
        title: w.followUp.title(id),
        session,
        body: (
          <>
            <h1>{w.followUp.title(id)}</h1>
            <Flash c={c} w={w} />
            <dl class="facts">
              <dt>{w.followUp.level}</dt>
              <dd data-level={rating.level}>
                {RATING_LEVEL_LABELS[rating.level][ctx.locale]}{' '}
                {rating.status === 'voided' ? '（已作废 voided）' : ''}
              </dd>
              {rating.tags.length > 0 ? (
                <>
                  <dt>{ctx.locale === 'zh' ? '评价标签' : 'Tags'}</dt>
                  <dd data-tags={rating.tags.join(',')}>{rating.tags.join('、')}</dd>
                </>
              ) : null}
              {rating.comment ? (
                <>
                  <dt>{w.followUp.comment}</dt>
                  <dd>{rating.comment}</dd>
                </>
              ) : null}
              <dt>{w.visit.department}</dt>
              <dd>{departmentName(ctx, rating.departmentId)}</dd>
              {f ? (
                <>
                  <dt>{w.status}</dt>
                  <dd data-status={f.status}>{w.statuses[f.status] ?? f.status}</dd>
                  <dt>{w.followUp.callbackDue}</dt>
                  <dd>{readableTime(f.callbackDueAt)}</dd>
                  <dt>{w.followUp.fixDue}</dt>
                  <dd>{readableTime(f.fixDueAt)}</dd>
                </>
              ) : null}
            </dl>
            {f?.status === 'open' ? (
              <form method="post" action={`${here}/callback`}>
                <h2>{w.followUp.callback}</h2>
                <Area id="f-note" name="note" label={w.followUp.note} required />
                <button type="submit" class="btn">
                  {w.followUp.callback}
                </button>
              </form>
            ) : null}
            {f?.status === 'called-back' ? (
              <form method="post" action={`${here}/fix`}>
                <h2>{w.followUp.fix}</h2>
                <Area id="f-note" name="note" label={w.followUp.note} required />
                <button type="submit" class="btn">
                  {w.followUp.fix}
                </button>
              </form>
            ) : null}
            {f?.status === 'fixed' ? (
              <form method="post" action={`${here}/close`}>
                <h2>{w.followUp.close}</h2>
                <Area id="f-result" name="result" label={w.followUp.result} required />
                <ViaSelect id="f-via" name="toldVia" label={w.followUp.toldVia} w={w} />
                <button type="submit" class="btn">
                  {w.followUp.close}
                </button>
              </form>
            ) : null}
            {rating.status === 'valid' && !rating.appeal ? (
              <form method="post" action={`${here}/appeal`}>
                <h2>{w.followUp.appeal}</h2>
                <Area id="f-appeal" name="reason" label={w.followUp.appealReason} required />
                <button type="submit" class="btn">
                  {w.followUp.appeal}
                </button>
              </form>
            ) : null}
            {rating.appeal?.status === 'pending' && holds(session, 'section-manager', 'district-admin') ? (
              <form method="post" action={`${here}/decide`}>
                <h2>{w.followUp.decide}</h2>
                <p>{rating.appeal.reason}</p>
                <Area id="f-decision" name="reason" label={w.followUp.decisionReason} required />
                <button type="submit" class="btn" name="uphold" value="yes">
                  {w.followUp.uphold}
                </button>{' '}
                <button type="submit" class="btn" name="uphold" value="no">
                  {w.followUp.reject}
                </button>
              </form>
            ) : null}
            <Trail
              session={session}
              w={w}
              trail={[...rating.trail, ...(f?.trail ?? [])].sort((a, b) => a.at.localeCompare(b.at))}
            />
          </>
        ),
      });
    }),
  );

  for (const action of ['callback', 'fix', 'close', 'appeal', 'decide'] as const) {
    staff.post(
      `/:tenantId/staff/care/follow-ups/:id/${action}`,
      staffPage(deps, async (c, ctx, care, session) => {
        const id = idOf(c);
        const body = (await c.req.parseBody()) as FormBody;
        const actor = actorOf(session);
        const t = ctx.tenantId;
        const note = field(body, 'note').trim();
        return step(c, careStaffPaths.followUp(t, id), () => {
          if (action === 'callback') return care.followUps.callBack(t, id, note, actor);
          if (action === 'fix') return care.followUps.fix(t, id, note, actor);
          if (action === 'close')
            return care.followUps.close(
              t,
              id,
              { result: field(body, 'result').trim(), toldVia: field(body, 'toldVia', 40) },
              actor,
            );
          if (action === 'appeal')
            return care.ratings.appeal(t, id, field(body, 'reason', 1000).trim(), actor);
          return care.ratings.decideAppeal(
            t,
            id,
            { uphold: field(body, 'uphold') === 'yes', reason: field(body, 'reason', 1000).trim() },
            actor,
          );
        });
      }),
    );
  }

  // ---- complaints ----------------------------------------------------------------------------
  staff.get(
    '/:tenantId/staff/care/complaints/new',
    staffPage(deps, async (c, ctx, _care, session, w) =>
      renderStaffPage(c as unknown as Context, ctx, {
        title: w.newComplaint,
        session,
        body: (
          <>
            <h1>{w.newComplaint}</h1>
            <Flash c={c} w={w} />
            <form method="post" action={careStaffPaths.newComplaint(ctx.tenantId)}>
              <div class="field">
                <label for="f-channel">{w.complaint.channel}</label>
                <select id="f-channel" name="channel">
                  {ComplaintChannelSchema.options
                    .filter((ch) => ch !== 'web')
                    .map((ch) => (
                      <option value={ch}>{w.channels[ch]}</option>
                    ))}
                </select>
              </div>
              <Area id="f-text" name="text" label={w.complaint.text} required />
              <Area id="f-could-not" name="couldNotDo" label={w.complaint.couldNotDo} />
              <Line id="f-hotline" name="hotlineCaseNo" label={w.complaint.hotline} />
              <Line id="f-contact" name="contactPhone" type="tel" label={w.complaint.contact} />
              <button type="submit" class="btn">
                {w.complaint.record}
              </button>
            </form>
          </>
        ),
      }),
    ),
  );

  staff.post(
    '/:tenantId/staff/care/complaints/new',
    staffPage(deps, async (c, ctx, care, session) => {
      const body = (await c.req.parseBody()) as FormBody;
      const channel = ComplaintChannelSchema.safeParse(field(body, 'channel', 40));
      const input = ComplaintInputSchema.safeParse(
        Object.fromEntries(
          ['text', 'couldNotDo', 'hotlineCaseNo', 'contactPhone']
            .map((k) => [k, optional(body, k)])
            .filter(([, v]) => v !== undefined),
        ),
      );
      const back = careStaffPaths.newComplaint(ctx.tenantId);
      if (!channel.success || !input.success) return c.redirect(`${back}?refused=validation_failed`, 303);
      try {
        const complaint = await care.complaints.open(
          ctx.tenantId,
          channel.data,
          input.data,
          actorOf(session),
        );
        return c.redirect(`${careStaffPaths.complaint(ctx.tenantId, complaint.id)}?saved=1`, 303);
      } catch (error) {
        if (error instanceof DomainError)
          return c.redirect(`${back}?refused=${encodeURIComponent(error.code)}`, 303);
        throw error;
      }
    }),
  );

  staff.get(
    '/:tenantId/staff/care/complaints/:id',
    staffPage(deps, async (c, ctx, care, session, w) => {
      let cp: Complaint;
      try {
        cp = await care.complaints.find(ctx.tenantId, idOf(c));
      } catch {
        return c.notFound();
      }
      const here = careStaffPaths.complaint(ctx.tenantId, cp.id);
      const members = session.config.staff.filter((s) => !s.retired);
      return renderStaffPage(c as unknown as Context, ctx, {
        title: w.complaint.title(cp.id),
        session,
        body: (
          <>
            <h1>{w.complaint.title(cp.id)}</h1>
            <Flash c={c} w={w} />
            <dl class="facts">
              <dt>{w.status}</dt>
              <dd data-status={cp.status}>{w.statuses[cp.status] ?? cp.status}</dd>
              <dt>{w.complaint.channel}</dt>
              <dd>{w.channels[cp.channel]}</dd>
              <dt>{w.complaint.text}</dt>
              <dd>{cp.text}</dd>
              {cp.couldNotDo ? (
                <>
                  <dt>{w.complaint.couldNotDo}</dt>
                  <dd>{cp.couldNotDo}</dd>
                </>
              ) : null}
              {cp.hotlineCaseNo ? (
                <>
                  <dt>{w.complaint.hotline}</dt>
                  <dd>{cp.hotlineCaseNo}</dd>
                </>
              ) : null}
              {cp.contactPhone ? (
                <>
                  <dt>{w.complaint.contact}</dt>
                  <dd>{phoneFor(session, cp.contactPhone)}</dd>
                </>
              ) : null}
              <dt>{w.due}</dt>
              <dd>{readableTime(cp.dueAt)}</dd>
              <dt>{w.complaint.owner}</dt>
              <dd>
                {cp.ownerStaffId
                  ? `${nameOf(session, cp.ownerStaffId)} · ${departmentName(ctx, cp.departmentId)}`
                  : '—'}
              </dd>
              {cp.answer ? (
                <>
                  <dt>{w.complaint.answer}</dt>
                  <dd>
                    {cp.answer.text}（{w.vias[cp.answer.via]}）
                  </dd>
                </>
              ) : null}
            </dl>
            <div class="grid2">
              {['received', 'assigned', 'reopened'].includes(cp.status) ? (
                <form method="post" action={`${here}/assign`}>
                  <h2>{w.complaint.assign}</h2>
                  <div class="field">
                    <label for="f-owner">{w.complaint.owner}</label>
                    <select id="f-owner" name="owner">
                      {members.map((m) => (
                        <option value={`${m.departmentId}|${m.id}`}>
                          {m.name} · {departmentName(ctx, m.departmentId)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" class="btn">
                    {w.complaint.assign}
                  </button>
                </form>
              ) : null}
              {['assigned', 'reopened'].includes(cp.status) ? (
                <form method="post" action={`${here}/answer`}>
                  <h2>{w.complaint.answer}</h2>
                  <Area id="f-answer" name="text" label={w.complaint.answerText} required />
                  <ViaSelect id="f-via" name="via" label={w.complaint.via} w={w} />
                  <button type="submit" class="btn">
                    {w.complaint.answer}
                  </button>
                </form>
              ) : null}
              {cp.status === 'answered' ? (
                <form method="post" action={`${here}/close`}>
                  <h2>{w.complaint.close}</h2>
                  <button type="submit" class="btn">
                    {w.complaint.close}
                  </button>
                </form>
              ) : null}
              {['answered', 'closed'].includes(cp.status) ? (
                <form method="post" action={`${here}/reopen`}>
                  <h2>{w.complaint.reopen}</h2>
                  <Area id="f-reopen" name="reason" label={w.complaint.reopenReason} required />
                  <button type="submit" class="btn">
                    {w.complaint.reopen}
                  </button>
                </form>
              ) : null}
            </div>
            <Trail session={session} w={w} trail={cp.trail} />
          </>
        ),
      });
    }),
  );

  for (const action of ['assign', 'answer', 'close', 'reopen'] as const) {
    staff.post(
      `/:tenantId/staff/care/complaints/:id/${action}`,
      staffPage(deps, async (c, ctx, care, session) => {
        const id = idOf(c);
        const t = ctx.tenantId;
        const body = (await c.req.parseBody()) as FormBody;
        const actor = actorOf(session);
        return step(c, careStaffPaths.complaint(t, id), () => {
          if (action === 'assign') {
            const [departmentId = '', ownerStaffId = ''] = field(body, 'owner', 140).split('|');
            return care.complaints.assign(t, id, { departmentId, ownerStaffId }, actor);
          }
          if (action === 'answer') {
            const via = field(body, 'via', 20) as 'phone';
            return care.complaints.answer(t, id, { text: field(body, 'text').trim(), via }, actor);
          }
          if (action === 'close') return care.complaints.close(t, id, actor);
          return care.complaints.reopen(t, id, field(body, 'reason', 1000).trim(), actor);
        });
      }),
    );
  }
}
