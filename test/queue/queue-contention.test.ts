import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';
import { HALL, json, post, staffHeaders, T } from './queue-support.js';

/*
 * Races on DynamoDB Local: windows pressing "call next" at once never take the same ticket and
 * skip none; kiosks issuing at once never share or skip a number.
 */

const WINDOWS = 20;
const TICKETS = 100;
const KIOSK_TICKETS = 200;

let h: BookingHarness;

beforeAll(async () => {
  h = await bookingHarness('queue-contention', '2026-12-01T10:00:00+08:00');
  await h.editConfig(T, (config) => {
    const extra = Array.from({ length: WINDOWS }, (_, i) => ({
      id: `race-${String(i + 1).padStart(2, '0')}`,
      code: `三楼 R${String(i + 1).padStart(2, '0')}`,
      name: { zh: `综合窗口 ${i + 1}`, en: `Window ${i + 1}` },
      hallId: HALL,
      departmentId: 'approval-bureau',
      staffCount: 1,
      kind: 'comprehensive' as const,
      retired: false,
    }));
    config.windows.push(...extra);
    const hall = config.halls.find((x) => x.id === HALL)!;
    hall.queue = {
      categories: [
        {
          id: 'race',
          prefix: 'R',
          name: { zh: '综合', en: 'General' },
          windowIds: extra.map((w) => w.id),
          matterIds: [],
        },
        { id: 'kiosk', prefix: 'K', name: { zh: '取号', en: 'Kiosk' }, windowIds: ['b02'], matterIds: [] },
      ],
      rules: {
        priorityRatio: null,
        appointmentCallableMinutesBefore: 2,
        maxCalls: 3,
        recallCooldownMinutes: 5,
        defaultServiceMinutes: 10,
      },
    };
  });
});
afterAll(() => h.close());

describe('ticket numbers under load', () => {
  it(`gives ${KIOSK_TICKETS} tickets taken at once ${KIOSK_TICKETS} distinct consecutive numbers`, async () => {
    const responses = await Promise.all(
      Array.from({ length: KIOSK_TICKETS }, () =>
        post(h, `/v1/tenants/${T}/halls/${HALL}/tickets`, { categoryId: 'kiosk' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(KIOSK_TICKETS).fill(201));
    const numbers = (await Promise.all(responses.map((r) => json<{ number: string }>(r)))).map(
      (t) => t.number,
    );
    const expected = Array.from({ length: KIOSK_TICKETS }, (_, i) => `K${String(i + 1).padStart(3, '0')}`);
    expect([...numbers].sort()).toEqual(expected);
    // And every one is in the queue the windows read.
    const queue = await h.app.request(`/v1/tenants/${T}/halls/${HALL}/board`);
    expect(await json(queue)).toMatchObject({ waiting: KIOSK_TICKETS });
  });
});

describe('call next under load', () => {
  it(`lets ${WINDOWS} windows calling at once call each of ${TICKETS} tickets exactly once`, async () => {
    const issued: string[] = [];
    for (let i = 0; i < TICKETS; i++) {
      h.setNow(
        `2026-12-01T10:${String(1 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}+08:00`,
      );
      issued.push(
        (
          await json<{ code: string }>(
            await post(h, `/v1/tenants/${T}/halls/${HALL}/tickets`, { categoryId: 'race' }),
          )
        ).code,
      );
    }
    h.setNow('2026-12-01T10:30:00+08:00');
    const manager = await staffHeaders(h, `${T}-section-manager`, ['section-manager']);
    const calledBy = new Map<string, string[]>();
    const outcomes: Record<string, number> = {};
    await Promise.all(
      Array.from({ length: WINDOWS }, async (_, i) => {
        const windowId = `race-${String(i + 1).padStart(2, '0')}`;
        for (;;) {
          const res = await post(h, `/v1/tenants/${T}/windows/${windowId}/call-next`, {}, manager);
          const body = await json<{ code: string }>(res);
          const key = `${res.status}${res.status === 200 ? '' : ` ${body.code}`}`;
          outcomes[key] = (outcomes[key] ?? 0) + 1;
          if (res.status === 409) return;
          if (res.status !== 200) continue; // queue_busy: press again
          calledBy.set(body.code, [...(calledBy.get(body.code) ?? []), windowId]);
        }
      }),
    );
    expect(outcomes['200']).toBe(TICKETS);
    expect(outcomes['409 queue_empty']).toBe(WINDOWS);
    expect([...calledBy.keys()].sort()).toEqual([...issued].sort());
    expect([...calledBy.values()].every((w) => w.length === 1)).toBe(true);
    // The store agrees: each ticket called once, at the window that got it.
    const stored = await h.app.request(`/v1/tenants/${T}/windows/race-01/queue`, { headers: manager });
    const view = await json<{ waiting: unknown[] }>(stored);
    expect(view.waiting).toEqual([]);
    for (const code of issued.slice(0, 10)) {
      const t = await json<{ calls: number; windowId: string; status: string }>(
        await h.app.request(`/v1/tenants/${T}/tickets/${code}`, { headers: manager }),
      );
      expect(t).toMatchObject({ status: 'called', calls: 1, windowId: calledBy.get(code)![0] });
    }
  });
});
