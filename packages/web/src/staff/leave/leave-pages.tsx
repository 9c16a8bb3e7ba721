import {
  type DomainError,
  type LeaveApplication,
  LeaveApplicationClosedError,
  LeaveApplicationInputSchema,
  LeaveApplicationOwnDecisionError,
  LeaveBalanceShortError,
  LeaveNeedsCoverError,
  LeaveRefusalReasonMissingError,
  leaveMinutes,
  NotFoundError,
  type TenantConfig,
  TimeOffBalanceChangedError,
} from '@openhall/domain';
import {
  approveLeave,
  type LeaveDeps,
  myTimeOff,
  pendingLeave,
  refuseLeave,
  requestLeave,
  withdrawLeave,
} from '@openhall/services';
import type { Context, Hono } from 'hono';
import type { Locale } from '../../i18n/locale.js';
import { type PageContext, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { issueText } from '../form-kit/field-errors.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv, type StaffSession } from '../session/staff-session.js';
import { staffWords } from '../staff-i18n.js';
import { staffPaths } from '../staff-paths.js';
import { leaveWords } from './leave-i18n.js';

/** URLs of 我的调休 and 调休审批. */
export const leavePaths = {
  mine: (t: string) => `${staffPaths.home(t)}/leave`,
  withdraw: (t: string, id: string) =>
    `${staffPaths.home(t)}/leave/requests/${encodeURIComponent(id)}/withdraw`,
  review: (t: string) => `${staffPaths.home(t)}/leave/review`,
  decide: (t: string, staffId: string, id: string, decision: 'approve' | 'refuse') =>
    `${staffPaths.home(t)}/leave/review/${encodeURIComponent(staffId)}/${encodeURIComponent(id)}/${decision}`,
};

const LEAVE_CSS = `
.leave-form .field{margin:.6rem 0}
.leave-form label{display:block;font-weight:bold}
.leave-form input,.leave-form select,.leave-form textarea{font-size:1.1rem;padding:.3rem;min-width:16rem}
.field-error{color:#a00000;font-weight:bold;margin:.2rem 0}
.problem{border:2px solid #a00000;padding:.6rem;color:#a00000}
.done{border:2px solid #05662b;padding:.6rem;color:#05662b}
table.leave td,table.leave th{padding:.3rem .6rem;text-align:left}
`;

function leaveDepsOf(deps: PagesDeps): LeaveDeps | undefined {
  if (!deps.rotaStore || !deps.bookingStore || !deps.leaveApplications) return undefined;
  return {
    ...deps,
    rotaStore: deps.rotaStore,
    bookingStore: deps.bookingStore,
    leaveApplications: deps.leaveApplications,
  };
}

function nameOf(config: TenantConfig, staffId: string): string {
  return config.staff.find((s) => s.id === staffId)?.name ?? staffId;
}

/** A leave rule's refusal in the reader's words; undefined for an error the page does not expect. */
function problemText(error: unknown, locale: Locale, config: TenantConfig): string | undefined {
  const p = leaveWords[locale].problems;
  if (error instanceof LeaveNeedsCoverError) {
    const names = [...new Set(error.proposals.flatMap((x) => x.candidates))].map((id) => nameOf(config, id));
    return p.leave_needs_cover(names.join('、'));
  }
  if (error instanceof LeaveBalanceShortError)
    return p.leave_balance_short(error.balanceMinutes, error.askedMinutes);
  if (error instanceof LeaveApplicationClosedError)
    return p.leave_request_closed(leaveWords[locale].states[error.state]);
  if (error instanceof LeaveApplicationOwnDecisionError) return p.leave_request_own;
  if (error instanceof LeaveRefusalReasonMissingError) return p.leave_refusal_reason_missing;
  if (error instanceof TimeOffBalanceChangedError) return p.time_off_changed;
  return undefined;
}

function Trail(props: { a: LeaveApplication; locale: Locale; config: TenantConfig }) {
  const w = leaveWords[props.locale];
  return (
    <ul class="trail">
      {props.a.trail.map((s) => (
        <li>
          {w.trailStep(w.states[s.state], s.at, nameOf(props.config, s.by))}
          {s.reason ? ` · ${s.reason}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** What the last action did (`?done=`, announced) and a refusal (an alert), above a leave page. */
function Outcome(props: { done: string | undefined; problem: string | undefined }) {
  return (
    <>
      {props.done ? (
        <p class="done" role="status">
          {props.done}
        </p>
      ) : null}
      {props.problem ? (
        <p class="problem" role="alert">
          {props.problem}
        </p>
      ) : null}
    </>
  );
}

const when = (a: LeaveApplication) => `${a.date} ${a.from}–${a.to}`;

type Form = Record<string, string>;

async function formOf(c: Context<StaffEnv>): Promise<Form> {
  const body = await c.req.parseBody();
  const out: Form = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** 我的调休 (every member) and 调休审批 (section managers). */
export function registerLeavePages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  const showMine = async (
    c: Context<StaffEnv>,
    ctx: PageContext,
    session: StaffSession,
    leave: LeaveDeps,
    state: {
      form?: Form;
      fieldErrors?: Map<string, string[]>;
      problem?: string;
      status?: 200 | 404 | 409 | 422;
    },
  ) => {
    const w = leaveWords[ctx.locale];
    const me = session.member.id;
    const { balanceMinutes, entries, requests } = await myTimeOff(leave, {
      tenantId: ctx.tenantId,
      staffId: me,
    });
    const form = state.form ?? {};
    const errs = state.fieldErrors ?? new Map<string, string[]>();
    const done = c.req.query('done');
    const colleagues = ctx.config.staff.filter((s) => s.id !== me && !s.retired);
    const FieldErrors = (p: { name: string }) =>
      errs.has(p.name) ? (
        <p class="field-error" id={`${p.name}-error`}>
          {errs.get(p.name)!.join('；')}
        </p>
      ) : null;
    const described = (name: string) =>
      errs.has(name) ? { 'aria-describedby': `${name}-error`, 'aria-invalid': 'true' } : {};
    return renderStaffPage(c, ctx, {
      title: w.mine.title,
      session,
      css: LEAVE_CSS,
      ...(state.status ? { status: state.status } : {}),
      body: (
        <>
          <h1>{w.mine.title}</h1>
          <Outcome
            done={done === 'sent' ? w.mine.sent : done === 'withdrawn' ? w.mine.withdrawn : undefined}
            problem={state.problem}
          />
          <p class="balance" data-balance={balanceMinutes}>
            <strong>{w.mine.balance(balanceMinutes)}</strong>
          </p>
          <h2>{w.mine.form}</h2>
          {errs.size > 0 ? (
            <p class="problem" role="alert">
              {w.mine.fix}
            </p>
          ) : null}
          <form class="leave-form" method="post" action={leavePaths.mine(ctx.tenantId)}>
            <div class="field">
              <label for="hallId">{w.mine.hall}</label>
              <select id="hallId" name="hallId" {...described('hallId')}>
                {ctx.config.halls.map((h) => (
                  <option value={h.id} selected={form.hallId === h.id}>
                    {h.name[ctx.locale]}
                  </option>
                ))}
              </select>
              <FieldErrors name="hallId" />
            </div>
            <div class="field">
              <label for="date">{w.mine.day}</label>
              <input
                id="date"
                name="date"
                type="date"
                value={form.date ?? ''}
                required
                {...described('date')}
              />
              <FieldErrors name="date" />
            </div>
            <div class="field">
              <label for="from">{w.mine.from}</label>
              <input
                id="from"
                name="from"
                type="time"
                value={form.from ?? ''}
                required
                {...described('from')}
              />
              <FieldErrors name="from" />
            </div>
            <div class="field">
              <label for="to">{w.mine.to}</label>
              <input id="to" name="to" type="time" value={form.to ?? ''} required {...described('to')} />
              <FieldErrors name="to" />
            </div>
            <div class="field">
              <label for="coverStaffId">
                {w.mine.cover} {w.mine.noCover}
              </label>
              <select id="coverStaffId" name="coverStaffId" {...described('coverStaffId')}>
                <option value="">—</option>
                {colleagues.map((s) => (
                  <option value={s.id} selected={form.coverStaffId === s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <FieldErrors name="coverStaffId" />
            </div>
            <div class="field">
              <label for="reason">{w.mine.reason}</label>
              <textarea id="reason" name="reason" rows={2} maxlength={200} {...described('reason')}>
                {form.reason ?? ''}
              </textarea>
              <FieldErrors name="reason" />
            </div>
            <button class="btn" type="submit">
              {w.mine.submit}
            </button>
          </form>
          <h2>{w.mine.requests}</h2>
          {requests.length === 0 ? (
            <p>{w.mine.noRequests}</p>
          ) : (
            <ul class="leave-requests">
              {requests.map((a) => (
                <li data-request={a.id} data-state={a.state}>
                  <strong>{when(a)}</strong> · {w.states[a.state]}
                  {a.coverStaffId ? ` · ${w.review.cover}：${nameOf(ctx.config, a.coverStaffId)}` : ''} ·{' '}
                  {a.reason}
                  <Trail a={a} locale={ctx.locale} config={ctx.config} />
                  {a.state === 'requested' ? (
                    <form method="post" action={leavePaths.withdraw(ctx.tenantId, a.id)}>
                      <button class="btn" type="submit">
                        {w.mine.withdraw}
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <h2>{w.mine.ledger}</h2>
          {entries.length === 0 ? (
            <p>{w.mine.noLedger}</p>
          ) : (
            <table class="leave">
              <thead>
                <tr>
                  <th scope="col">{w.mine.date}</th>
                  <th scope="col">{w.mine.minutes}</th>
                  <th scope="col">{w.mine.why}</th>
                  <th scope="col">{w.mine.kind}</th>
                </tr>
              </thead>
              <tbody>
                {[...entries].reverse().map((e) => (
                  <tr data-source={e.source}>
                    <td>{e.date}</td>
                    <td>{w.minutes(e.minutes)}</td>
                    <td>{w.reasons[e.reason] ?? e.reason}</td>
                    <td>{w.compensation[e.compensation] ?? e.compensation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ),
    });
  };

  staff.get('/:tenantId/staff/leave', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    const leave = leaveDepsOf(deps);
    if (!ctx || !leave) return c.notFound();
    return showMine(c, ctx, session, leave, {});
  });

  staff.post('/:tenantId/staff/leave', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    const leave = leaveDepsOf(deps);
    if (!ctx || !leave) return c.notFound();
    const form = await formOf(c);
    const body = {
      hallId: form.hallId,
      date: form.date,
      from: form.from,
      to: form.to,
      reason: form.reason,
      ...(form.coverStaffId ? { coverStaffId: form.coverStaffId } : {}),
    };
    // The same schema the use case checks: its issues, in the reader's words, beside their fields.
    const parsed = LeaveApplicationInputSchema.safeParse(body);
    if (!parsed.success) {
      const fieldErrors = new Map<string, string[]>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'reason');
        fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), issueText(ctx.locale, issue)]);
      }
      return showMine(c, ctx, session, leave, { form, fieldErrors, status: 422 });
    }
    try {
      await requestLeave(leave, { tenantId: ctx.tenantId, staffId: session.member.id, body });
    } catch (error) {
      const problem = problemText(error, ctx.locale, ctx.config);
      if (problem) return showMine(c, ctx, session, leave, { form, problem, status: 422 });
      if (isInvalid(error)) {
        const fieldErrors = new Map<string, string[]>();
        for (const e of error.errors) fieldErrors.set(e.path.split('/')[1] ?? 'reason', [e.message]);
        return showMine(c, ctx, session, leave, { form, fieldErrors, status: 422 });
      }
      throw error;
    }
    return c.redirect(`${leavePaths.mine(ctx.tenantId)}?done=sent`, 303);
  });

  staff.post('/:tenantId/staff/leave/requests/:id/withdraw', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    const leave = leaveDepsOf(deps);
    if (!ctx || !leave) return c.notFound();
    try {
      // The requester's own list only: the key is the signed-in member, never a field of the form.
      await withdrawLeave(leave, {
        tenantId: ctx.tenantId,
        staffId: session.member.id,
        id: c.req.param('id'),
        actor: session.member.id,
      });
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      const problem = problemText(error, ctx.locale, ctx.config);
      if (problem) return showMine(c, ctx, session, leave, { problem, status: 409 });
      throw error;
    }
    return c.redirect(`${leavePaths.mine(ctx.tenantId)}?done=withdrawn`, 303);
  });

  const showReview = async (
    c: Context<StaffEnv>,
    ctx: PageContext,
    session: StaffSession,
    leave: LeaveDeps,
    state: { problem?: string; status?: 409 | 422 },
  ) => {
    const w = leaveWords[ctx.locale];
    const pending = await pendingLeave(leave, { tenantId: ctx.tenantId });
    const done = c.req.query('done');
    return renderStaffPage(c, ctx, {
      title: w.review.title,
      session,
      css: LEAVE_CSS,
      ...(state.status ? { status: state.status } : {}),
      body: (
        <>
          <h1>{w.review.title}</h1>
          <Outcome
            done={done === 'approved' ? w.review.approved : done === 'refused' ? w.review.refused : undefined}
            problem={state.problem}
          />
          {pending.length === 0 ? (
            <p>{w.review.none}</p>
          ) : (
            <ul class="leave-pending">
              {pending.map((a) => (
                <li data-request={a.id}>
                  <p>
                    <strong>{nameOf(ctx.config, a.staffId)}</strong> · {when(a)} ({w.minutes(leaveMinutes(a))}
                    ){a.coverStaffId ? ` · ${w.review.cover}：${nameOf(ctx.config, a.coverStaffId)}` : ''} ·{' '}
                    {w.review.reason}：{a.reason}
                  </p>
                  <form method="post" action={leavePaths.decide(ctx.tenantId, a.staffId, a.id, 'approve')}>
                    <button class="btn" type="submit">
                      {w.review.approve}
                    </button>
                  </form>
                  <form method="post" action={leavePaths.decide(ctx.tenantId, a.staffId, a.id, 'refuse')}>
                    <label for={`refuse-${a.id}`}>{w.review.refuseReason}</label>
                    <input id={`refuse-${a.id}`} name="reason" maxlength={200} required />{' '}
                    <button class="btn" type="submit">
                      {w.review.refuse}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </>
      ),
    });
  };

  staff.get('/:tenantId/staff/leave/review', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    const leave = leaveDepsOf(deps);
    if (!ctx || !leave) return c.notFound();
    if (!holds(session, 'section-manager')) return forbidden(c, ctx, session);
    return showReview(c, ctx, session, leave, {});
  });

  staff.post('/:tenantId/staff/leave/review/:staffId/:id/:decision{approve|refuse}', async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    const leave = leaveDepsOf(deps);
    if (!ctx || !leave) return c.notFound();
    if (!holds(session, 'section-manager')) return forbidden(c, ctx, session);
    const decision = c.req.param('decision');
    const input = {
      tenantId: ctx.tenantId,
      staffId: c.req.param('staffId'),
      id: c.req.param('id'),
      actor: session.member.id,
    };
    try {
      if (decision === 'approve') await approveLeave(leave, input);
      else await refuseLeave(leave, { ...input, reason: (await formOf(c)).reason ?? '' });
    } catch (error) {
      if (error instanceof NotFoundError) return c.notFound();
      const problem = problemText(error, ctx.locale, ctx.config);
      if (problem) return showReview(c, ctx, session, leave, { problem, status: 409 });
      throw error;
    }
    return c.redirect(
      `${leavePaths.review(ctx.tenantId)}?done=${decision === 'approve' ? 'approved' : 'refused'}`,
      303,
    );
  });
}

function isInvalid(error: unknown): error is DomainError & { errors: { path: string; message: string }[] } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: string }).code === 'validation_failed' &&
    Array.isArray((error as { errors?: unknown }).errors)
  );
}

function forbidden(c: Context<StaffEnv>, ctx: PageContext, session: StaffSession) {
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
