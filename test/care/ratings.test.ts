import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CareHarness, careHarness, TENANT } from './care-harness.js';

const START = '2026-03-02T10:00:00+08:00';
const V = `/v1/tenants/${TENANT}`;
const S = `${V}/staff`;

let h: CareHarness;
beforeAll(async () => {
  h = await careHarness('care-ratings', START);
});
afterAll(() => h.close());

async function completedVisit(completedAt: string): Promise<string> {
  h.setNow(START);
  const res = await h.call('POST', `${V}/visits`, {
    kind: 'door-to-door',
    applicant: { name: '赵小满', phone: '13612345678' },
    reason: 'sick',
    reasonText: '术后休养',
    address: '博爱县某街 9 号',
  });
  const { code } = (await res.json()) as { code: string };
  await h.call(
    'POST',
    `${S}/visits/${code}/accept`,
    {
      scheduledAt: '2026-03-02T15:00:00+08:00',
      place: '家中',
      notice: '带身份证',
      staffIds: ['boai-comprehensive-1-a', 'boai-comprehensive-2-b'],
      departmentId: 'service-bureau',
    },
    'boai-window',
  );
  h.setNow(completedAt);
  const done = await h.call(
    'POST',
    `${S}/visits/${code}/complete`,
    { outcome: '已办结', servedMinutes: 45 },
    'boai-window',
  );
  expect(done.status).toBe(200);
  return code;
}

describe('ratings', () => {
  it('records the default level for a service not rated within the window, once, and closes rating', async () => {
    const unrated = await completedVisit('2026-03-02T16:00:00+08:00');
    const rated = await completedVisit('2026-03-02T16:30:00+08:00');
    h.setNow('2026-03-03T09:00:00+08:00');
    expect((await h.call('POST', `${V}/ratings/${rated}`, { level: 'very-satisfied' })).status).toBe(201);

    // Six days on, nothing is due yet.
    expect(await h.care.defaultUnratedRatings(TENANT, new Date('2026-03-08T02:00:00+08:00'))).toEqual([]);
    // The night after the seventh day: the unrated one gets Boai's default level, marked defaulted.
    const made = await h.care.defaultUnratedRatings(TENANT, new Date('2026-03-10T02:00:00+08:00'));
    expect(made.map((r) => r.serviceRecordId)).toEqual([`visit-${unrated}`]);
    expect(made[0]).toMatchObject({ level: 'satisfied', defaulted: true, channel: 'default', bad: false });
    // Run again (a retried job): nothing twice.
    expect(await h.care.defaultUnratedRatings(TENANT, new Date('2026-03-10T02:05:00+08:00'))).toEqual([]);
    const events = (await h.outbox()).filter((e) => e.type === 'rating.defaulted');
    expect(events.map((e) => e.subject.id)).toEqual([`visit-${unrated}`]);

    h.setNow('2026-03-10T09:00:00+08:00');
    const late = await h.call('POST', `${V}/ratings/${unrated}`, { level: 'dissatisfied' });
    expect(late.status).toBe(409);
  });

  it('refuses a rating after the window even where no default was written yet', async () => {
    const code = await completedVisit('2026-03-02T16:00:00+08:00');
    h.setNow('2026-03-09T16:00:00+08:00');
    const res = await h.call('POST', `${V}/ratings/${code}`, { level: 'satisfied' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string }).code).toBe('rating_window_closed');
  });

  it('voids a malicious rating on appeal, with reasons kept, and closes its follow-up', async () => {
    const code = await completedVisit('2026-03-02T16:00:00+08:00');
    h.setNow('2026-03-02T17:00:00+08:00');
    await h.call('POST', `${V}/ratings/${code}`, { level: 'very-dissatisfied', comment: '恶意差评' });
    const id = `visit-${code}`;
    const appealed = await h.call(
      'POST',
      `${S}/ratings/${id}/appeal`,
      { reason: '评价内容与办件无关，系恶意评价' },
      'boai-window',
    );
    expect(appealed.status).toBe(200);
    const pending = (await (
      await h.call('GET', `${S}/appeals`, undefined, 'boai-section-manager')
    ).json()) as { id: string }[];
    expect(pending.map((r) => r.id)).toContain(id);
    // A window member cannot decide their own department's appeal.
    expect(
      (
        await h.call(
          'POST',
          `${S}/ratings/${id}/appeal-decision`,
          { uphold: true, reason: '同意' },
          'boai-window',
        )
      ).status,
    ).toBe(403);
    const decided = (await (
      await h.call(
        'POST',
        `${S}/ratings/${id}/appeal-decision`,
        { uphold: true, reason: '经核实为恶意评价' },
        'boai-section-manager',
      )
    ).json()) as { status: string; appeal: { status: string; reason: string; decisionReason: string } };
    expect(decided.status).toBe('voided');
    expect(decided.appeal).toMatchObject({
      status: 'upheld',
      reason: '评价内容与办件无关，系恶意评价',
      decisionReason: '经核实为恶意评价',
    });
    const followUp = (await (
      await h.call('GET', `${S}/follow-ups/${id}`, undefined, 'boai-desk')
    ).json()) as { status: string };
    expect(followUp.status).toBe('closed');
    const after = (await (await h.call('GET', `${S}/appeals`, undefined, 'boai-section-manager')).json()) as {
      id: string;
    }[];
    expect(after.map((r) => r.id)).not.toContain(id);
  });

  it('keeps a rating anonymous unless the applicant names themselves, and validates the level', async () => {
    const code = await completedVisit('2026-03-02T16:00:00+08:00');
    h.setNow('2026-03-02T17:00:00+08:00');
    expect((await h.call('POST', `${V}/ratings/${code}`, { level: '很好' })).status).toBe(400);
    await h.call('POST', `${V}/ratings/${code}`, { level: 'basically-satisfied', tags: ['耐心'] });
    const rating = (await (
      await h.call('GET', `${S}/ratings/visit-${code}`, undefined, 'boai-desk')
    ).json()) as Record<string, unknown>;
    expect(rating.identity).toBeUndefined();
    expect(rating.tags).toEqual(['耐心']);
  });
});
