import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CareHarness, careHarness, TENANT } from './care-harness.js';

// Friday 13 February 2026, 10:00: the last ordinary working day before 春节 (15-23 Feb); Saturday
// 14 Feb and Saturday 28 Feb are 调休 make-up working days. Boai's working day ends at 17:30.
const START = '2026-02-13T10:00:00+08:00';
const V = `/v1/tenants/${TENANT}`;
const S = `${V}/staff`;

const REQUEST = {
  kind: 'door-to-door',
  applicant: { name: '李长青', phone: '13912345678' },
  reason: 'elderly',
  reasonText: '八十岁，行动不便',
  address: '博爱县某村 3 号',
  preferredTime: '周六上午',
};

let h: CareHarness;
beforeAll(async () => {
  h = await careHarness('care-door-to-door', START);
});
afterAll(() => h.close());

async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

describe('door-to-door, from the web request to a closed 差评 follow-up', () => {
  it('runs every step with its deadlines in working days across 春节', async () => {
    h.setNow(START);
    const asked = await json<{ code: string; answerDueAt: string; status: string }>(
      await h.call('POST', `${V}/visits`, REQUEST),
      201,
    );
    expect(asked.status).toBe('requested');
    expect(asked.answerDueAt).toBe('2026-02-13T17:30:00+08:00');

    // One member is not enough for a home visit; a made-up member is not in the directory.
    const accept = {
      scheduledAt: '2026-02-14T10:00:00+08:00',
      place: '博爱县某村 3 号',
      notice: '请准备身份证原件；办理流程：核验、签字、当场受理。',
      staffIds: ['boai-comprehensive-1-a'],
      departmentId: 'service-bureau',
    };
    const one = await json(
      await h.call('POST', `${S}/visits/${asked.code}/accept`, accept, 'boai-window'),
      422,
    );
    expect(one.code).toBe('two_staff_required');
    const ghost = await json(
      await h.call(
        'POST',
        `${S}/visits/${asked.code}/accept`,
        { ...accept, staffIds: ['boai-comprehensive-1-a', 'nobody-here'] },
        'boai-window',
      ),
      422,
    );
    expect(ghost.code).toBe('staff_not_in_directory');
    // A window member may not refuse: that takes the hall's approval.
    const refuse = { reason: '超出服务范围', toldVia: 'phone' };
    expect(
      (await json(await h.call('POST', `${S}/visits/${asked.code}/refuse`, refuse, 'boai-window'), 403)).code,
    ).toBe('care_role_required');

    const staffIds = ['boai-comprehensive-1-a', 'boai-comprehensive-1-b'];
    h.setNow('2026-02-13T11:00:00+08:00');
    const accepted = await json<{ status: string; acceptance: { staffIds: string[] } }>(
      await h.call('POST', `${S}/visits/${asked.code}/accept`, { ...accept, staffIds }, 'boai-window'),
      200,
    );
    expect(accepted.acceptance.staffIds).toEqual(staffIds);
    // Accepting twice is refused by the state, not written again.
    expect(
      (
        await json(
          await h.call('POST', `${S}/visits/${asked.code}/accept`, { ...accept, staffIds }, 'boai-window'),
          409,
        )
      ).code,
    ).toBe('care_invalid_transition');

    // The requester sees time, place, notice and both members by name, with their phone only.
    const wrongPhone = await h.call('POST', `${V}/visits/${asked.code}/lookup`, { phone: '13900000000' });
    expect(wrongPhone.status).toBe(404);
    const seen = await json<{ staffNames: string[]; notice: string }>(
      await h.call('POST', `${V}/visits/${asked.code}/lookup`, { phone: REQUEST.applicant.phone }),
      200,
    );
    expect(seen.staffNames).toHaveLength(2);
    expect(seen.notice).toContain('身份证');

    // Not ratable before it is done.
    expect((await h.call('GET', `${V}/ratings/${asked.code}`)).status).toBe(404);

    h.setNow('2026-02-14T11:30:00+08:00');
    await json(
      await h.call(
        'POST',
        `${S}/visits/${asked.code}/complete`,
        { outcome: '已当场受理', servedMinutes: 90 },
        'boai-comprehensive-1-a',
      ),
      200,
    );

    const ratable = await json<{ departmentId: string; rated: boolean }>(
      await h.call('GET', `${V}/ratings/${asked.code}`),
      200,
    );
    expect(ratable).toMatchObject({ departmentId: 'service-bureau', rated: false });
    expect(JSON.stringify(ratable)).not.toContain('13912345678');

    // Rated 不满意 on the phone, Saturday 14 Feb (a make-up working day) at 12:00.
    h.setNow('2026-02-14T12:00:00+08:00');
    const receipt = await json<{ followUpOpened: boolean }>(
      await h.call('POST', `${V}/ratings/${asked.code}`, {
        level: 'dissatisfied',
        comment: '等了很久',
        channel: 'phone',
      }),
      201,
    );
    expect(receipt.followUpOpened).toBe(true);
    expect(
      (await json(await h.call('POST', `${V}/ratings/${asked.code}`, { level: 'satisfied' }), 409)).code,
    ).toBe('already_rated');

    const ratingId = `visit-${asked.code}`;
    const followUp = await json<{ callbackDueAt: string; fixDueAt: string; departmentId: string }>(
      await h.call('GET', `${S}/follow-ups/${ratingId}`, undefined, 'boai-window'),
      200,
    );
    // 1 working day: 春节 runs 15-23 Feb, so the next working day is Tuesday 24 Feb.
    expect(followUp.callbackDueAt).toBe('2026-02-24T17:30:00+08:00');
    // 5 working days: 24, 25, 26, 27 and the make-up Saturday 28 Feb.
    expect(followUp.fixDueAt).toBe('2026-02-28T17:30:00+08:00');
    expect(followUp.departmentId).toBe('service-bureau');

    // Another department's window does not own it (谁办理、谁负责).
    const other = await h.call(
      'POST',
      `${S}/follow-ups/${ratingId}/callback`,
      { note: '已回访' },
      'boai-joint-1-a',
    );
    expect(other.status).toBe(403);
    // Closing before the call-back and the fix is refused.
    const early = await h.call(
      'POST',
      `${S}/follow-ups/${ratingId}/close`,
      { result: '已整改', toldVia: 'phone' },
      'boai-window',
    );
    expect(early.status).toBe(409);

    h.setNow('2026-02-24T09:30:00+08:00');
    await json(
      await h.call(
        'POST',
        `${S}/follow-ups/${ratingId}/callback`,
        { note: '已电话回访，群众反映等候时间长' },
        'boai-window',
      ),
      200,
    );
    await json(
      await h.call(
        'POST',
        `${S}/follow-ups/${ratingId}/fix`,
        { note: '调整上门排班，提前电话确认' },
        'boai-window',
      ),
      200,
    );
    const closed = await json<{ status: string; trail: { action: string; by: string }[] }>(
      await h.call(
        'POST',
        `${S}/follow-ups/${ratingId}/close`,
        { result: '已整改并告知', toldVia: 'phone' },
        'boai-window',
      ),
      200,
    );
    expect(closed.status).toBe('closed');
    expect(closed.trail.map((t) => t.action)).toEqual(['opened', 'called-back', 'fixed', 'closed']);
    expect(closed.trail.at(-1)!.by).toBe('boai-window');

    const types = (await h.outbox())
      .filter((e) => e.subject.id === asked.code || e.subject.id === ratingId)
      .map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'visit.requested',
        'visit.accepted',
        'visit.completed',
        'rating.given',
        'follow-up.opened',
        'follow-up.called-back',
        'follow-up.fixed',
        'follow-up.closed',
      ]),
    );
    for (const e of await h.outbox()) expect(JSON.stringify(e)).not.toMatch(/1391234|李长青|博爱县某村/);
  });

  it('asks the requester for a reason a door-to-door request allows', async () => {
    const res = await h.call('POST', `${V}/visits`, { ...REQUEST, reason: 'urgent' });
    const body = await json<{ errors: { pointer: string }[] }>(res, 400);
    expect(JSON.stringify(body.errors)).toContain('reason');
  });

  it('lets only the section manager refuse, with the reason kept and told', async () => {
    h.setNow('2026-02-13T16:00:00+08:00');
    const { code } = await json<{ code: string }>(await h.call('POST', `${V}/visits`, REQUEST), 201);
    const refused = await json<{ status: string; refusal: { approvedBy: string; reason: string } }>(
      await h.call(
        'POST',
        `${S}/visits/${code}/refuse`,
        { reason: '地址不在本县', toldVia: 'phone' },
        'boai-section-manager',
      ),
      200,
    );
    expect(refused.refusal).toMatchObject({ approvedBy: 'boai-section-manager', reason: '地址不在本县' });
    const seen = await json<{ refusalReason: string }>(
      await h.call('POST', `${V}/visits/${code}/lookup`, { phone: REQUEST.applicant.phone }),
      200,
    );
    expect(seen.refusalReason).toBe('地址不在本县');
  });

  it('puts a request not answered by the end of its working day on the overdue list', async () => {
    h.setNow('2026-02-13T17:00:00+08:00');
    const { code } = await json<{ code: string }>(await h.call('POST', `${V}/visits`, REQUEST), 201);
    h.setNow('2026-02-13T17:20:00+08:00');
    const early = await json<{ id: string }[]>(
      await h.call('GET', `${S}/overdue`, undefined, 'boai-section-manager'),
      200,
    );
    expect(early.map((i) => i.id)).not.toContain(code);
    h.setNow('2026-02-14T09:00:00+08:00');
    const late = await json<{ id: string; kind: string; due: string }[]>(
      await h.call('GET', `${S}/overdue`, undefined, 'boai-section-manager'),
      200,
    );
    expect(late).toContainEqual(expect.objectContaining({ id: code, kind: 'visit', due: 'answer' }));
  });

  it('keeps staff of another tenant out', async () => {
    const res = await h.call('GET', `${S}/visits`, undefined, 'zibo-desk');
    expect(res.status).toBe(403);
    expect((await h.call('GET', `${S}/visits`)).status).toBe(401);
  });
});
