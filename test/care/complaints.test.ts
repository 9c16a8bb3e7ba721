import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CareHarness, careHarness, TENANT } from './care-harness.js';

// Wednesday 30 September 2026, 16:00: National Day runs 1-7 October; Saturday 10 October is a
// 调休 make-up working day. Boai's working day ends at 17:30.
const START = '2026-09-30T16:00:00+08:00';
const V = `/v1/tenants/${TENANT}`;
const S = `${V}/staff`;

let h: CareHarness;
beforeAll(async () => {
  h = await careHarness('care-complaints', START);
});
afterAll(() => h.close());

async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

describe('complaints', () => {
  it('follows a web complaint from receipt to closed and reopened, by its code', async () => {
    h.setNow(START);
    const filed = await json<{ code: string; dueAt: string; status: string }>(
      await h.call('POST', `${V}/complaints`, { text: '窗口人员态度差', contactPhone: '13812345678' }),
      201,
    );
    // 5 working days: 8, 9, 10 (make-up Saturday), 12, 13 October.
    expect(filed.dueAt).toBe('2026-10-13T17:30:00+08:00');
    expect(filed.status).toBe('received');

    const seen = await json<Record<string, unknown>>(
      await h.call('GET', `${V}/complaints/${filed.code}`),
      200,
    );
    expect(seen.status).toBe('received');
    expect(JSON.stringify(seen)).not.toContain('13812345678');
    // Lower case and dashes are the same code.
    const dashed = filed.code.toLowerCase().replace(/(...)(...)(...)/, '$1-$2-$3');
    expect((await h.call('GET', `${V}/complaints/${dashed}`)).status).toBe(200);
    expect((await h.call('GET', `${V}/complaints/AAAAAAAAA`)).status).toBe(404);

    // The owner must belong to the department named.
    const wrong = await h.call(
      'POST',
      `${S}/complaints/${filed.code}/assign`,
      { departmentId: 'tax-bureau', ownerStaffId: 'boai-comprehensive-1-a' },
      'boai-section-manager',
    );
    expect((await json(wrong, 422)).code).toBe('owner_not_in_department');
    await json(
      await h.call(
        'POST',
        `${S}/complaints/${filed.code}/assign`,
        { departmentId: 'service-bureau', ownerStaffId: 'boai-comprehensive-1-a' },
        'boai-section-manager',
      ),
      200,
    );
    // Someone of another department cannot answer it.
    const stranger = await h.call(
      'POST',
      `${S}/complaints/${filed.code}/answer`,
      { text: '已处理', via: 'phone' },
      'boai-joint-2-a',
    );
    expect(stranger.status).toBe(403);
    h.setNow('2026-10-08T10:00:00+08:00');
    const answered = await json<{ status: string; answer: { via: string; by: string } }>(
      await h.call(
        'POST',
        `${S}/complaints/${filed.code}/answer`,
        { text: '已约谈当事人并致歉', via: 'phone' },
        'boai-comprehensive-1-a',
      ),
      200,
    );
    expect(answered.answer).toMatchObject({ via: 'phone', by: 'boai-comprehensive-1-a' });
    const followed = await json<{ answer: { text: string } }>(
      await h.call('GET', `${V}/complaints/${filed.code}`),
      200,
    );
    expect(followed.answer.text).toBe('已约谈当事人并致歉');

    await json(
      await h.call('POST', `${S}/complaints/${filed.code}/close`, undefined, 'boai-section-manager'),
      200,
    );
    expect(
      (await h.call('POST', `${S}/complaints/${filed.code}/close`, undefined, 'boai-section-manager')).status,
    ).toBe(409);

    // The complainant is not satisfied: reopened with a new deadline from today (Friday 9 Oct).
    h.setNow('2026-10-09T11:00:00+08:00');
    const reopened = await json<{ status: string; dueAt: string }>(
      await h.call('POST', `${V}/complaints/${filed.code}/reopen`, { reason: '问题没有解决' }),
      200,
    );
    expect(reopened.status).toBe('reopened');
    // 10 (make-up Saturday), 12, 13, 14, 15 October.
    expect(reopened.dueAt).toBe('2026-10-15T17:30:00+08:00');

    const full = await json<{ trail: { action: string; by: string }[] }>(
      await h.call('GET', `${S}/complaints/${filed.code}`, undefined, 'boai-desk'),
      200,
    );
    expect(full.trail.map((t) => `${t.action}:${t.by}`)).toEqual([
      'received:citizen',
      'assigned:boai-section-manager',
      'answered:boai-comprehensive-1-a',
      'closed:boai-section-manager',
      'reopened:citizen',
    ]);
    const events = (await h.outbox()).filter((e) => e.subject.id === filed.code).map((e) => e.type);
    expect(events).toEqual(
      expect.arrayContaining([
        'complaint.opened',
        'complaint.assigned',
        'complaint.answered',
        'complaint.closed',
        'complaint.reopened',
      ]),
    );
  });

  it('takes every channel with its own deadline, and the facts each one needs', async () => {
    h.setNow(START);
    const cannot = await h.call(
      'POST',
      `${S}/complaints`,
      { channel: 'cannot-get-done', complaint: { text: '跑了三次没办成' } },
      'boai-desk',
    );
    expect((await json(cannot, 422)).code).toBe('could_not_do_required');
    const done = await json<{ id: string; dueAt: string; channel: string }>(
      await h.call(
        'POST',
        `${S}/complaints`,
        { channel: 'cannot-get-done', complaint: { text: '跑了三次没办成', couldNotDo: '营业执照变更' } },
        'boai-desk',
      ),
      201,
    );
    // 办不成事: 3 working days by default: 8, 9, 10 October.
    expect(done.dueAt).toBe('2026-10-10T17:30:00+08:00');
    await h.call(
      'POST',
      `${S}/complaints/${done.id}/assign`,
      { departmentId: 'service-bureau', ownerStaffId: 'boai-comprehensive-2-a' },
      'boai-section-manager',
    );
    const resolved = await json<{ resolvedBy: string }>(
      await h.call(
        'POST',
        `${S}/complaints/${done.id}/answer`,
        { text: '协调后当场办结', via: 'in-person' },
        'boai-comprehensive-2-a',
      ),
      200,
    );
    expect(resolved.resolvedBy).toBe('boai-comprehensive-2-a');

    expect(
      (
        await json(
          await h.call(
            'POST',
            `${S}/complaints`,
            { channel: 'hotline-12345', complaint: { text: '转办件' } },
            'boai-desk',
          ),
          422,
        )
      ).code,
    ).toBe('hotline_case_required');
    for (const channel of ['phone', 'fault-finding', 'bad-rating'] as const) {
      const c = await json<{ channel: string; status: string }>(
        await h.call(
          'POST',
          `${S}/complaints`,
          { channel, complaint: { text: `渠道 ${channel}` } },
          'boai-desk',
        ),
        201,
      );
      expect(c).toMatchObject({ channel, status: 'received' });
    }
    const hotline = await json<{ hotlineCaseNo: string }>(
      await h.call(
        'POST',
        `${S}/complaints`,
        { channel: 'hotline-12345', complaint: { text: '转办件', hotlineCaseNo: 'JZ2026093000123' } },
        'boai-desk',
      ),
      201,
    );
    expect(hotline.hotlineCaseNo).toBe('JZ2026093000123');
    const lists = await json<{ open: { id: string }[] }>(
      await h.call('GET', `${S}/complaints`, undefined, 'boai-desk'),
      200,
    );
    expect(lists.open.length).toBeGreaterThanOrEqual(4);
  });

  it('uses the tenant’s deadline for a channel when an admin changes it', async () => {
    const stored = (await h.configStore.getConfig(TENANT))!;
    const config = structuredClone(stored.config);
    config.care.complaintWorkingDays.phone = 15;
    await h.configStore.saveConfig({
      tenantId: TENANT,
      config,
      expectedVersion: stored.version,
      actor: 'boai-district-admin',
      action: 'care settings',
      at: START,
    });
    h.setNow(START);
    const c = await json<{ dueAt: string }>(
      await h.call(
        'POST',
        `${S}/complaints`,
        { channel: 'phone', complaint: { text: '电话投诉' } },
        'boai-desk',
      ),
      201,
    );
    // 15 working days from 30 Sep: 8, 9, 10, 12-16, 19-23, 26, 27 October.
    expect(c.dueAt).toBe('2026-10-27T17:30:00+08:00');
  });
});
