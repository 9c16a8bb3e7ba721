import {
  type CaseFile,
  CaseFileInputSchema,
  CaseReassignInputSchema,
  DomainError,
  VisitRequestSchema,
} from '@openhall/domain';
import type { CareActor, CareUseCases } from '@openhall/services';
import type { Context, Hono } from 'hono';
import { type FormBody, field, optional } from '../../citizen/care/care-form.js';
import { careWords, readableTime } from '../../citizen/care/care-i18n.js';
import { pick } from '../../i18n/locale.js';
import { type PageContext, pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderStaffPage } from '../render-staff-page.js';
import type { StaffEnv, StaffSession } from '../session/staff-session.js';
import { careDeskWords } from './care-desk-i18n.js';

export const careDeskPaths = {
  newVisit: (t: string) => `/t/${t}/staff/care/visits/new`,
  visit: (t: string, id: string) => `/t/${t}/staff/care/visits/${encodeURIComponent(id)}`,
  cases: (t: string) => `/t/${t}/staff/care/cases`,
  caseFile: (t: string, id: string) => `/t/${t}/staff/care/cases/${encodeURIComponent(id)}`,
};

type Words = (typeof careDeskWords)['zh'];

function actorOf(session: StaffSession): CareActor {
  return {
    kind: 'staff',
    staffId: session.member.id,
    roles: session.roles,
    departmentId: session.member.departmentId,
  };
}

function page(
  deps: PagesDeps,
  handler: (
    c: Context<StaffEnv>,
    ctx: PageContext,
    care: CareUseCases,
    session: StaffSession,
    w: Words,
  ) => Promise<Response>,
) {
  return async (c: Context<StaffEnv>): Promise<Response> => {
    const ctx = await pageContext(c as unknown as Context, deps);
    if (!ctx || !deps.care) return c.notFound();
    return handler(c, ctx, deps.care, c.get('staff'), careDeskWords[ctx.locale]);
  };
}

function Notice(p: { c: Context<StaffEnv>; w: Words }) {
  const refused = p.c.req.query('refused');
  if (refused)
    return (
      <p class="error-summary" role="alert">
        {p.w.refused(refused.slice(0, 60))}
      </p>
    );
  if (p.c.req.query('saved')) return <p role="status">{p.w.saved}</p>;
  return null;
}

function Line(p: {
  id: string;
  name: string;
  label: string;
  type?: string;
  value?: string;
  required?: boolean;
}) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input type={p.type ?? 'text'} id={p.id} name={p.name} value={p.value ?? ''} required={p.required} />
    </div>
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

function Choice(p: { id: string; name: string; label: string; options: [string, string][] }) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select id={p.id} name={p.name}>
        {p.options.map(([v, l]) => (
          <option value={v}>{l}</option>
        ))}
      </select>
    </div>
  );
}

function idOf(c: Context<StaffEnv>): string {
  return c.req.param('id') ?? '';
}

/** The desk's and section's care pages: a visit asked by phone or at the desk, 特事特办 and 帮办 cases. */
export function registerCareDeskPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get(
    '/:tenantId/staff/care/visits/new',
    page(deps, async (c, ctx, _care, session, w) => {
      const reasons = careWords[ctx.locale].reasons;
      return renderStaffPage(c as unknown as Context, ctx, {
        title: w.newVisit,
        session,
        body: (
          <>
            <h1>{w.newVisit}</h1>
            <Notice c={c} w={w} />
            <form method="post" action={careDeskPaths.newVisit(ctx.tenantId)}>
              <Choice
                id="f-channel"
                name="channel"
                label={w.channel}
                options={[
                  ['phone', w.channels.phone],
                  ['desk', w.channels.desk],
                ]}
              />
              <Choice
                id="f-kind"
                name="kind"
                label={w.kind}
                options={[
                  ['door-to-door', w.kinds['door-to-door']],
                  ['out-of-hours', w.kinds['out-of-hours']],
                ]}
              />
              <Line id="f-name" name="name" label={w.name} required />
              <Line id="f-phone" name="phone" type="tel" label={w.phone} required />
              <Choice id="f-reason" name="reason" label={w.reason} options={Object.entries(reasons)} />
              <Area id="f-reason-text" name="reasonText" label={w.reasonText} required />
              <Line id="f-address" name="address" label={w.address} required />
              <Line id="f-preferred" name="preferredTime" label={w.preferredTime} />
              <div class="field">
                <label class="check" for="f-agent">
                  <input type="checkbox" id="f-agent" name="agent" value="yes" />
                  <span>{w.agent}</span>
                </label>
              </div>
              <button type="submit" class="btn">
                {w.record}
              </button>
            </form>
          </>
        ),
      });
    }),
  );

  staff.post(
    '/:tenantId/staff/care/visits/new',
    page(deps, async (c, ctx, care, session) => {
      const body = (await c.req.parseBody()) as FormBody;
      const parsed = VisitRequestSchema.safeParse({
        kind: field(body, 'kind', 20),
        applicant: {
          name: field(body, 'name', 60),
          phone: field(body, 'phone', 40),
          agent: field(body, 'agent') === 'yes',
        },
        reason: field(body, 'reason', 40),
        reasonText: field(body, 'reasonText', 600),
        address: field(body, 'address', 250),
        ...(optional(body, 'preferredTime', 120)
          ? { preferredTime: optional(body, 'preferredTime', 120) }
          : {}),
      });
      const back = careDeskPaths.newVisit(ctx.tenantId);
      if (!parsed.success) return c.redirect(`${back}?refused=validation_failed`, 303);
      const channel = field(body, 'channel', 10) === 'desk' ? 'desk' : 'phone';
      const visit = await care.visits.request(ctx.tenantId, parsed.data, channel, actorOf(session));
      return c.redirect(`${careDeskPaths.visit(ctx.tenantId, visit.id)}?saved=1`, 303);
    }),
  );

  staff.get(
    '/:tenantId/staff/care/cases',
    page(deps, async (c, ctx, care, session, w) => {
      const cases = await care.cases.list(ctx.tenantId);
      const members = session.config.staff.filter((s) => !s.retired);
      return renderStaffPage(c as unknown as Context, ctx, {
        title: w.cases,
        session,
        body: (
          <>
            <h1>{w.cases}</h1>
            <Notice c={c} w={w} />
            <table>
              <tbody>
                {cases.map((k) => (
                  <tr>
                    <td>
                      <a href={careDeskPaths.caseFile(ctx.tenantId, k.id)}>{k.title}</a>
                    </td>
                    <td>{w.caseKinds[k.kind]}</td>
                    <td>{readableTime(k.dueAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <form method="post" action={careDeskPaths.cases(ctx.tenantId)}>
              <h2>{w.openCase}</h2>
              <Choice id="f-kind" name="kind" label={w.kind} options={Object.entries(w.caseKinds)} />
              <Line id="f-title" name="title" label={w.title} required />
              <Choice id="f-subject" name="subject" label={w.subject} options={Object.entries(w.subjects)} />
              <Line id="f-project" name="projectName" label={w.projectName} />
              <div class="field">
                <label class="check" for="f-key">
                  <input type="checkbox" id="f-key" name="keyProject" value="yes" />
                  <span>{w.keyProject}</span>
                </label>
              </div>
              <Choice
                id="f-owner"
                name="owner"
                label={w.owner}
                options={members.map((m) => [
                  `${m.departmentId}|${m.id}`,
                  `${m.name} · ${pick(ctx.config.departments.find((d) => d.id === m.departmentId)?.name ?? { zh: m.departmentId, en: m.departmentId }, ctx.locale)}`,
                ])}
              />
              <Line id="f-due" name="dueAt" type="datetime-local" label={w.dueAt} required />
              <button type="submit" class="btn">
                {w.openCase}
              </button>
            </form>
          </>
        ),
      });
    }),
  );

  staff.post(
    '/:tenantId/staff/care/cases',
    page(deps, async (c, ctx, care, session) => {
      const body = (await c.req.parseBody()) as FormBody;
      const [departmentId = '', ownerStaffId = ''] = field(body, 'owner', 140).split('|');
      const due = field(body, 'dueAt', 20);
      const kind = field(body, 'kind', 20);
      // 帮办代办 names whom it serves: a person, or a project with its name and key-project flag.
      const subject =
        field(body, 'subject', 10) === 'project'
          ? {
              kind: 'project',
              projectName: field(body, 'projectName', 200),
              keyProject: field(body, 'keyProject') === 'yes',
            }
          : { kind: 'person' };
      const parsed = CaseFileInputSchema.safeParse({
        kind,
        title: field(body, 'title', 200),
        ...(kind === 'help' ? { subject } : {}),
        departmentId,
        ownerStaffId,
        dueAt: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(due) ? `${due}:00+08:00` : due,
      });
      const back = careDeskPaths.cases(ctx.tenantId);
      if (!parsed.success) return c.redirect(`${back}?refused=validation_failed`, 303);
      try {
        const opened = await care.cases.open(ctx.tenantId, parsed.data, actorOf(session));
        return c.redirect(`${careDeskPaths.caseFile(ctx.tenantId, opened.id)}?saved=1`, 303);
      } catch (error) {
        if (error instanceof DomainError)
          return c.redirect(`${back}?refused=${encodeURIComponent(error.code)}`, 303);
        throw error;
      }
    }),
  );

  staff.get(
    '/:tenantId/staff/care/cases/:id',
    page(deps, async (c, ctx, care, session, w) => {
      let k: CaseFile;
      try {
        k = await care.cases.find(ctx.tenantId, idOf(c));
      } catch {
        return c.notFound();
      }
      const name = (id: string) => session.config.staff.find((s) => s.id === id)?.name ?? id;
      return renderStaffPage(c as unknown as Context, ctx, {
        title: k.title,
        session,
        body: (
          <>
            <h1>{k.title}</h1>
            <Notice c={c} w={w} />
            <dl class="facts">
              <dt>{w.kind}</dt>
              <dd>{w.caseKinds[k.kind]}</dd>
              {k.subject ? (
                <>
                  <dt>{w.subject}</dt>
                  <dd data-subject={k.subject.kind}>
                    {w.subjects[k.subject.kind]}
                    {k.subject.kind === 'project'
                      ? ` · ${k.subject.projectName}${k.subject.keyProject ? ` · ${w.keyProject}` : ''}`
                      : ''}
                  </dd>
                </>
              ) : null}
              <dt>{w.owner}</dt>
              <dd>{name(k.ownerStaffId)}</dd>
              <dt>{w.dueAt}</dt>
              <dd>{readableTime(k.dueAt)}</dd>
              <dt>{w.status}</dt>
              <dd data-status={k.status}>{k.status === 'open' ? w.open : w.done}</dd>
            </dl>
            {k.status === 'open' ? (
              <form method="post" action={`${careDeskPaths.caseFile(ctx.tenantId, k.id)}/notes`}>
                <Area id="f-note" name="note" label={w.note} required />
                <div class="field">
                  <label class="check" for="f-done">
                    <input type="checkbox" id="f-done" name="done" value="yes" />
                    <span>{w.markDone}</span>
                  </label>
                </div>
                <button type="submit" class="btn">
                  {w.addNote}
                </button>
              </form>
            ) : null}
            {k.status === 'open' ? (
              <form method="post" action={`${careDeskPaths.caseFile(ctx.tenantId, k.id)}/reassignment`}>
                <h2>{w.reassign}</h2>
                <Choice
                  id="f-to"
                  name="ownerStaffId"
                  label={w.reassignTo}
                  options={session.config.staff
                    .filter((s) => !s.retired && s.id !== k.ownerStaffId)
                    .map((s) => [s.id, s.name])}
                />
                <Line id="f-why" name="note" label={w.reassignNote} />
                <button type="submit" class="btn secondary">
                  {w.reassign}
                </button>
              </form>
            ) : null}
            <table>
              <tbody>
                {k.trail.map((t) => (
                  <tr>
                    <td>{readableTime(t.at)}</td>
                    <td>{name(t.by)}</td>
                    <td>{t.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ),
      });
    }),
  );

  staff.post(
    '/:tenantId/staff/care/cases/:id/reassignment',
    page(deps, async (c, ctx, care, session) => {
      const body = (await c.req.parseBody()) as FormBody;
      const back = careDeskPaths.caseFile(ctx.tenantId, idOf(c));
      const parsed = CaseReassignInputSchema.safeParse({
        ownerStaffId: field(body, 'ownerStaffId', 64),
        ...(optional(body, 'note', 2000) ? { note: optional(body, 'note', 2000) } : {}),
      });
      if (!parsed.success) return c.redirect(`${back}?refused=validation_failed`, 303);
      try {
        await care.cases.reassign(ctx.tenantId, idOf(c), parsed.data, actorOf(session));
        return c.redirect(`${back}?saved=1`, 303);
      } catch (error) {
        if (error instanceof DomainError)
          return c.redirect(`${back}?refused=${encodeURIComponent(error.code)}`, 303);
        throw error;
      }
    }),
  );

  staff.post(
    '/:tenantId/staff/care/cases/:id/notes',
    page(deps, async (c, ctx, care, session) => {
      const body = (await c.req.parseBody()) as FormBody;
      const back = careDeskPaths.caseFile(ctx.tenantId, idOf(c));
      const note = field(body, 'note').trim();
      if (!note) return c.redirect(`${back}?refused=validation_failed`, 303);
      try {
        await care.cases.note(
          ctx.tenantId,
          idOf(c),
          { note, done: field(body, 'done') === 'yes' },
          actorOf(session),
        );
        return c.redirect(`${back}?saved=1`, 303);
      } catch (error) {
        if (error instanceof DomainError)
          return c.redirect(`${back}?refused=${encodeURIComponent(error.code)}`, 303);
        throw error;
      }
    }),
  );
}
