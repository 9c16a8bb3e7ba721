import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CareHarness, careHarness, TENANT } from './care-harness.js';

const START = '2026-03-02T10:00:00+08:00';
const V = `/v1/tenants/${TENANT}`;
const S = `${V}/staff`;

let h: CareHarness;
beforeAll(async () => {
  h = await careHarness('care-race', START);
});
afterAll(() => h.close());

async function completedVisit(): Promise<string> {
  h.setNow(START);
  const res = await h.call('POST', `${V}/visits`, {
    kind: 'door-to-door',
    applicant: { name: '王大树', phone: '13712345678' },
    reason: 'disabled',
    reasonText: '轮椅出行',
    address: '博爱县某街 8 号',
  });
  const { code } = (await res.json()) as { code: string };
  const staffIds = ['boai-comprehensive-2-a', 'boai-comprehensive-2-b'];
  await h.call(
    'POST',
    `${S}/visits/${code}/accept`,
    {
      scheduledAt: '2026-03-02T15:00:00+08:00',
      place: '家中',
      notice: '带身份证',
      staffIds,
      departmentId: 'service-bureau',
    },
    'boai-window',
  );
  h.setNow('2026-03-02T16:00:00+08:00');
  await h.call(
    'POST',
    `${S}/visits/${code}/complete`,
    { outcome: '已办结', servedMinutes: 60 },
    'boai-window',
  );
  return code;
}

describe('races on DynamoDB Local', () => {
  it('two staff closing the same follow-up give one result', async () => {
    const code = await completedVisit();
    h.setNow('2026-03-02T17:00:00+08:00');
    expect((await h.call('POST', `${V}/ratings/${code}`, { level: 'very-dissatisfied' })).status).toBe(201);
    const id = `visit-${code}`;
    await h.call('POST', `${S}/follow-ups/${id}/callback`, { note: '已回访' }, 'boai-window');
    await h.call('POST', `${S}/follow-ups/${id}/fix`, { note: '已整改' }, 'boai-window');

    const [a, b] = await Promise.all([
      h.call('POST', `${S}/follow-ups/${id}/close`, { result: '甲的结果', toldVia: 'phone' }, 'boai-window'),
      h.call(
        'POST',
        `${S}/follow-ups/${id}/close`,
        { result: '乙的结果', toldVia: 'sms' },
        'boai-section-manager',
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = (await (a.status === 200 ? a : b).json()) as { closure: { result: string } };
    const stored = (await (await h.call('GET', `${S}/follow-ups/${id}`, undefined, 'boai-desk')).json()) as {
      closure: { result: string };
      trail: { action: string }[];
    };
    expect(stored.closure.result).toBe(winner.closure.result);
    expect(stored.trail.filter((t) => t.action === 'closed')).toHaveLength(1);
    const closedEvents = (await h.outbox()).filter(
      (e) => e.subject.id === id && e.type === 'follow-up.closed',
    );
    expect(closedEvents).toHaveLength(1);
  });

  it('one rating per service when two devices rate at once (一次一评)', async () => {
    const code = await completedVisit();
    h.setNow('2026-03-02T17:00:00+08:00');
    const results = await Promise.all(
      ['satisfied', 'dissatisfied', 'very-satisfied', 'very-dissatisfied'].map((level) =>
        h.call('POST', `${V}/ratings/${code}`, { level, channel: 'pad' }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
    const given = (await h.outbox()).filter(
      (e) => e.subject.id === `visit-${code}` && e.type === 'rating.given',
    );
    expect(given).toHaveLength(1);
  });
});
