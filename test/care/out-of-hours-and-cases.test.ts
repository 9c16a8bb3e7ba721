import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CareHarness, careHarness, TENANT } from './care-harness.js';

// Monday 2 March 2026, 10:00, an ordinary working week in Boai.
const START = '2026-03-02T10:00:00+08:00';
const V = `/v1/tenants/${TENANT}`;
const S = `${V}/staff`;

let h: CareHarness;
beforeAll(async () => {
  h = await careHarness('care-out-of-hours', START);
});
afterAll(() => h.close());

async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

describe('out-of-hours appointments (错时服务)', () => {
  it('takes an urgent request by phone, books it out of working time, and records time off in lieu', async () => {
    h.setNow(START);
    const visit = await json<{ id: string; channel: string; answerDueAt: string }>(
      await h.call(
        'POST',
        `${S}/visits`,
        {
          channel: 'phone',
          request: {
            kind: 'out-of-hours',
            applicant: { name: '陈一鸣', phone: '13512345678', agent: true },
            reason: 'urgent',
            reasonText: '企业投标截止，需周末办理营业执照变更',
            matterId: 'enterprise-registration',
            address: '博爱县政务服务中心',
          },
        },
        'boai-desk',
      ),
      201,
    );
    expect(visit.channel).toBe('phone');
    expect(visit.answerDueAt).toBe('2026-03-02T17:30:00+08:00');
    const accept = {
      place: '一楼综合窗口',
      notice: '营业执照正副本、授权委托书、代理人身份证',
      staffIds: ['boai-comprehensive-1-a', 'boai-comprehensive-1-b'],
      departmentId: 'service-bureau',
    };
    // Tuesday 10:00 is working time: not an out-of-hours appointment.
    const inHours = await h.call(
      'POST',
      `${S}/visits/${visit.id}/accept`,
      { ...accept, scheduledAt: '2026-03-03T10:00:00+08:00' },
      'boai-window',
    );
    expect((await json(inHours, 422)).code).toBe('not_out_of_hours');
    // A working day's lunch break is off-hours; so is Saturday.
    const saturday = await json<{ acceptance: { outOfWorkingTime: boolean } }>(
      await h.call(
        'POST',
        `${S}/visits/${visit.id}/accept`,
        { ...accept, scheduledAt: '2026-03-07T10:00:00+08:00' },
        'boai-window',
      ),
      200,
    );
    expect(saturday.acceptance.outOfWorkingTime).toBe(true);
    h.setNow('2026-03-07T11:30:00+08:00');
    const done = await json<{ completion: { timeOffInLieu: { staffId: string; minutes: number }[] } }>(
      await h.call(
        'POST',
        `${S}/visits/${visit.id}/complete`,
        { outcome: '已办结', servedMinutes: 90 },
        'boai-window',
      ),
      200,
    );
    expect(done.completion.timeOffInLieu).toEqual([
      { staffId: 'boai-comprehensive-1-a', minutes: 90 },
      { staffId: 'boai-comprehensive-1-b', minutes: 90 },
    ]);
    const completed = (await h.outbox()).find(
      (e) => e.type === 'visit.completed' && e.subject.id === visit.id,
    )!;
    expect(completed.data.timeOffInLieu).toHaveLength(2);
  });

  it('answers a lunch-break slot as off-hours', async () => {
    h.setNow(START);
    const visit = await json<{ code: string }>(
      await h.call('POST', `${V}/visits`, {
        kind: 'out-of-hours',
        applicant: { name: '陈一鸣', phone: '13512345678' },
        reason: 'key-project',
        reasonText: '县重点项目',
        address: '大厅',
      }),
      201,
    );
    const lunch = await json<{ acceptance: { outOfWorkingTime: boolean } }>(
      await h.call(
        'POST',
        `${S}/visits/${visit.code}/accept`,
        {
          scheduledAt: '2026-03-03T12:30:00+08:00',
          place: '大厅',
          notice: '材料',
          staffIds: ['boai-comprehensive-2-a'],
          departmentId: 'service-bureau',
        },
        'boai-window',
      ),
      200,
    );
    expect(lunch.acceptance.outOfWorkingTime).toBe(true);
  });
});

describe('special handling (特事特办) and help (帮办代办)', () => {
  it('tracks a green-channel case with its own due time, chases it when overdue, and closes it with notes', async () => {
    h.setNow(START);
    const c = await json<{ id: string; dueAt: string }>(
      await h.call(
        'POST',
        `${S}/cases`,
        {
          kind: 'special-handling',
          title: '县重点项目施工许可加急',
          matterId: 'construction-permit',
          departmentId: 'service-bureau',
          ownerStaffId: 'boai-comprehensive-2-a',
          dueAt: '2026-03-03T12:00:00+08:00',
        },
        'boai-section-manager',
      ),
      201,
    );
    const bad = await h.call(
      'POST',
      `${S}/cases`,
      { kind: 'help', title: 'x', departmentId: 'service-bureau', ownerStaffId: 'nobody', dueAt: START },
      'boai-section-manager',
    );
    expect((await json(bad, 422)).code).toBe('staff_not_in_directory');

    await json(
      await h.call(
        'POST',
        `${S}/cases/${c.id}/notes`,
        { note: '已联系建设单位补齐图纸' },
        'boai-comprehensive-2-a',
      ),
      200,
    );
    h.setNow('2026-03-04T08:30:00+08:00');
    const overdue = await json<{ id: string; kind: string }[]>(
      await h.call('GET', `${S}/overdue`, undefined, 'boai-section-manager'),
      200,
    );
    expect(overdue).toContainEqual(expect.objectContaining({ id: c.id, kind: 'case' }));
    const done = await json<{ status: string; trail: { action: string }[] }>(
      await h.call(
        'POST',
        `${S}/cases/${c.id}/notes`,
        { note: '许可证已核发', done: true },
        'boai-comprehensive-2-a',
      ),
      200,
    );
    expect(done.status).toBe('done');
    expect(done.trail.map((t) => t.action)).toEqual(['opened', 'progress', 'done']);
    const after = await json<{ id: string }[]>(
      await h.call('GET', `${S}/overdue`, undefined, 'boai-section-manager'),
      200,
    );
    expect(after.map((i) => i.id)).not.toContain(c.id);
    expect((await h.call('POST', `${S}/cases/${c.id}/notes`, { note: 'late' }, 'boai-window')).status).toBe(
      409,
    );
  });
});

describe('hostile ids', () => {
  it('answer not found, never a fault', async () => {
    for (const id of ['a%23b', 'x'.repeat(200), '..%2F..']) {
      const res = await h.call('GET', `${S}/complaints/${id}`, undefined, 'boai-desk');
      expect([400, 404]).toContain(res.status);
    }
    expect((await h.call('GET', `${V}/complaints/${encodeURIComponent('A#B#C#D#E')}`)).status).toBe(404);
    expect((await h.call('GET', `${V}/ratings/${encodeURIComponent('<script>xx')}`)).status).toBe(404);
  });
});

describe('mailing (寄送)', () => {
  it('follows a two-way mailing to delivery, shown to the recipient without the address', async () => {
    h.setNow(START);
    const input = {
      ref: 'k7q-xm4-rtd',
      direction: 'two-way',
      recipient: { name: '孙立', phone: '13312345678' },
      address: '焦作市某区某路 1 号',
    };
    const m = await json<{ id: string; status: string }>(
      await h.call('POST', `${S}/mailings`, input, 'boai-window'),
      201,
    );
    expect(m).toMatchObject({ id: 'K7QXM4RTD', status: 'requested' });
    expect((await json(await h.call('POST', `${S}/mailings`, input, 'boai-window'), 422)).code).toBe(
      'mailing_exists',
    );
    // Two-way: the materials come in before the result goes out.
    const early = await h.call(
      'POST',
      `${S}/mailings/K7QXM4RTD/advance`,
      { status: 'result-sent', carrier: 'EMS', trackingNo: 'EA123456789CN' },
      'boai-window',
    );
    expect(early.status).toBe(409);
    await json(
      await h.call(
        'POST',
        `${S}/mailings/K7QXM4RTD/advance`,
        { status: 'materials-received' },
        'boai-window',
      ),
      200,
    );
    const noTracking = await h.call(
      'POST',
      `${S}/mailings/K7QXM4RTD/advance`,
      { status: 'result-sent' },
      'boai-window',
    );
    expect((await json(noTracking, 422)).code).toBe('tracking_required');
    await json(
      await h.call(
        'POST',
        `${S}/mailings/K7QXM4RTD/advance`,
        { status: 'result-sent', carrier: 'EMS', trackingNo: 'EA123456789CN' },
        'boai-window',
      ),
      200,
    );
    const seen = await json<Record<string, unknown>>(
      await h.call('POST', `${V}/mailings/K7Q-XM4-RTD/lookup`, { phone: '13312345678' }),
      200,
    );
    expect(seen).toEqual({
      ref: 'K7QXM4RTD',
      direction: 'two-way',
      status: 'result-sent',
      carrier: 'EMS',
      trackingNo: 'EA123456789CN',
    });
    expect((await h.call('POST', `${V}/mailings/K7QXM4RTD/lookup`, { phone: '13300000000' })).status).toBe(
      404,
    );
  });
});
