import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CareHarness, careHarness, TENANT } from './care-harness.js';

/*
 * 帮办代办 / 全程帮办 on DynamoDB Local: a staff member assigned to a county key project (or to a
 * person), each step recorded with who and when, handed to another member (by the owner or a section
 * manager, never by a bystander), and closed; the steps' events are in the outbox with ids only.
 */

const START = '2026-03-02T10:00:00+08:00';
const S = `/v1/tenants/${TENANT}/staff`;

let h: CareHarness;
beforeAll(async () => {
  h = await careHarness('care-help', START);
});
afterAll(() => h.close());

async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

type Case = {
  id: string;
  status: string;
  ownerStaffId: string;
  departmentId: string;
  subject?: Record<string, unknown>;
  trail: { at: string; by: string; action: string; note?: string }[];
};

describe('帮办代办: a help assignment to a project or a person', () => {
  it('assigns, records steps, reassigns and closes, keeping who and when', async () => {
    h.setNow(START);
    const opened = await json<Case>(
      await h.call(
        'POST',
        `${S}/cases`,
        {
          kind: 'help',
          title: '博爱县新能源产业园项目全程帮办',
          subject: { kind: 'project', projectName: '博爱县新能源产业园', keyProject: true },
          departmentId: 'service-bureau',
          ownerStaffId: 'boai-comprehensive-1-a',
          dueAt: '2026-04-30T17:00:00+08:00',
        },
        'boai-section-manager',
      ),
      201,
    );
    expect(opened.subject).toEqual({ kind: 'project', projectName: '博爱县新能源产业园', keyProject: true });

    h.setNow('2026-03-03T09:00:00+08:00');
    await json(
      await h.call(
        'POST',
        `${S}/cases/${opened.id}/notes`,
        { note: '代办立项备案' },
        'boai-comprehensive-1-a',
      ),
      200,
    );
    // A bystander may not hand it on; the owner may, and the reason is kept.
    const bystander = await h.call(
      'POST',
      `${S}/cases/${opened.id}/reassignment`,
      { ownerStaffId: 'boai-comprehensive-2-a' },
      'boai-comprehensive-2-a',
    );
    expect((await json(bystander, 403)).code).toBe('care_role_required');
    h.setNow('2026-03-04T09:00:00+08:00');
    const moved = await json<Case>(
      await h.call(
        'POST',
        `${S}/cases/${opened.id}/reassignment`,
        { ownerStaffId: 'boai-comprehensive-2-a', note: '原帮办员休假' },
        'boai-comprehensive-1-a',
      ),
      200,
    );
    expect(moved.ownerStaffId).toBe('boai-comprehensive-2-a');
    const same = await h.call(
      'POST',
      `${S}/cases/${opened.id}/reassignment`,
      { ownerStaffId: 'boai-comprehensive-2-a' },
      'boai-section-manager',
    );
    expect((await json(same, 409)).code).toBe('case_same_owner');
    const nobody = await h.call(
      'POST',
      `${S}/cases/${opened.id}/reassignment`,
      { ownerStaffId: 'nobody-here' },
      'boai-section-manager',
    );
    expect((await json(nobody, 422)).code).toBe('staff_not_in_directory');

    h.setNow('2026-03-05T16:00:00+08:00');
    const closed = await json<Case>(
      await h.call(
        'POST',
        `${S}/cases/${opened.id}/notes`,
        { note: '施工许可证已领取', done: true },
        'boai-comprehensive-2-a',
      ),
      200,
    );
    expect(closed.status).toBe('done');
    expect(closed.trail.map((t) => [t.action, t.by, t.at])).toEqual([
      ['opened', 'boai-section-manager', '2026-03-02T10:00:00+08:00'],
      ['progress', 'boai-comprehensive-1-a', '2026-03-03T09:00:00+08:00'],
      ['reassigned', 'boai-comprehensive-1-a', '2026-03-04T09:00:00+08:00'],
      ['done', 'boai-comprehensive-2-a', '2026-03-05T16:00:00+08:00'],
    ]);
    expect(closed.trail[2]?.note).toContain('原帮办员休假');
    const again = await h.call(
      'POST',
      `${S}/cases/${opened.id}/reassignment`,
      { ownerStaffId: 'boai-comprehensive-1-a' },
      'boai-section-manager',
    );
    expect((await json(again, 409)).code).toBe('care_invalid_transition');
  });

  it('assigns a person (全程帮办 for an elderly applicant) and refuses a help case naming nobody', async () => {
    h.setNow(START);
    const person = await json<Case>(
      await h.call(
        'POST',
        `${S}/cases`,
        {
          kind: 'help',
          title: '张大爷养老保险待遇申领全程帮办',
          subject: { kind: 'person' },
          departmentId: 'service-bureau',
          ownerStaffId: 'boai-comprehensive-1-a',
          dueAt: '2026-03-06T17:00:00+08:00',
        },
        'boai-desk',
      ),
      201,
    );
    expect(person.subject).toEqual({ kind: 'person' });
    const none = await h.call(
      'POST',
      `${S}/cases`,
      {
        kind: 'help',
        title: '未指明对象',
        departmentId: 'service-bureau',
        ownerStaffId: 'boai-comprehensive-1-a',
        dueAt: '2026-03-06T17:00:00+08:00',
      },
      'boai-desk',
    );
    expect((await json(none, 422)).code).toBe('help_subject_required');
  });
});
