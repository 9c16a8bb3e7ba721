import type { LocalEventsOptions } from '@openhall/app';
import {
  DEFAULT_REMINDER_RULES,
  type DomainEvent,
  reminderAt,
  reminderKey,
  type ScheduledTask,
} from '@openhall/domain';
import { expect } from 'vitest';
import { type EventsHarness, eventsHarness, inBatches, newKey, request } from './events-harness.js';

export const tenantId = 'zaozhuang-gxq';
const hallId = 'zaozhuang-gxq-hall';
const matterId = 'company-registration';
/** Monday 10:00; the bookings are for the eight working days after it. */
export const START = '2026-03-02T10:00:00+08:00';
const DAYS = [
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-09',
  '2026-03-10',
  '2026-03-11',
  '2026-03-12',
];
/** Past the last day's lateness checks and the night after it. */
const END = '2026-03-13T00:00:00+08:00';

/** A small seeded generator, so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const phoneOf = (i: number) => `139${String(10_000_000 + i).slice(-8)}`;

interface Made {
  code: string;
  phone: string;
  start: string;
  fate: 'kept' | 'moved' | 'cancelled';
}

async function slotStarts(h: EventsHarness): Promise<string[]> {
  const starts: string[] = [];
  for (const date of DAYS) {
    const res = await request(
      h,
      `/v1/tenants/${tenantId}/availability?matterId=${matterId}&hallId=${hallId}&date=${date}`,
    );
    const body = (await res.json()) as { slots: { start: string; remaining: number }[] };
    starts.push(...body.slots.filter((s) => s.remaining > 0).map((s) => s.start));
  }
  return starts;
}

export interface ScenarioOptions {
  bookings: number;
  seed: number;
  wrap?: LocalEventsOptions['wrap'];
  firesPerSchedule?: number;
}

/**
 * `bookings` bookings over four days, a third moved and a third cancelled at random (seeded), the
 * events relayed as they come, then the clock moved through the four days.
 */
export async function runReminderScenario(label: string, options: ScenarioOptions) {
  const h = await eventsHarness(label, START, {
    ...(options.wrap ? { wrap: options.wrap } : {}),
    scheduler: { retryDelayMs: 60_000, maxAttempts: 5, firesPerSchedule: options.firesPerSchedule ?? 1 },
  });
  await h.editConfig(tenantId, (config) => {
    // Enough people at B02 for every booking, and no per-client limit in the way.
    const b02 = config.windows.find((w) => w.id === 'b02');
    if (b02) b02.staffCount = 20;
    config.bookingPolicy.rateLimitPerMinute = 10_000;
  });
  const random = seededRandom(options.seed);
  const starts = await slotStarts(h);
  expect(starts.length).toBeGreaterThan(20);
  const pick = () => starts[Math.floor(random() * starts.length)] as string;

  const made: Made[] = await inBatches(
    Array.from({ length: options.bookings }, (_, i) => i),
    40,
    async (i) => {
      let res: Response;
      // A slot filled meanwhile answers 409 slot_full: the booker picks another.
      do {
        res = await request(
          h,
          `/v1/tenants/${tenantId}/bookings`,
          { matterId, hallId, start: pick(), applicant: { name: '王小明', phone: phoneOf(i) } },
          { 'idempotency-key': newKey(), 'x-forwarded-for': `10.1.${(i >> 8) & 255}.${i & 255}` },
        );
      } while (res.status === 409);
      expect(res.status, await res.clone().text()).toBe(201);
      const body = (await res.json()) as { code: string; start: string };
      const r = random();
      return {
        code: body.code,
        phone: phoneOf(i),
        start: body.start,
        fate: r < 1 / 3 ? 'moved' : r < 2 / 3 ? 'cancelled' : 'kept',
      };
    },
  );
  // The creations' events are relayed (schedules made) before some of them change.
  await h.events.loop.settle();
  await inBatches(made, 40, async (b) => {
    if (b.fate === 'kept') return;
    if (b.fate === 'cancelled') {
      const res = await request(h, `/v1/tenants/${tenantId}/bookings/${b.code}/cancel`, { phone: b.phone });
      expect(res.status, await res.clone().text()).toBe(200);
      return;
    }
    let res: Response;
    // As when booking: a slot filled meanwhile answers 409 slot_full, and the mover picks another.
    do {
      let start = pick();
      while (start === b.start) start = pick();
      res = await request(h, `/v1/tenants/${tenantId}/bookings/${b.code}/reschedule`, {
        phone: b.phone,
        start,
      });
    } while (res.status === 409 && ((await res.clone().json()) as { code: string }).code === 'slot_full');
    expect(res.status, await res.clone().text()).toBe(200);
    b.start = ((await res.json()) as { start: string }).start;
  });
  await h.events.loop.advance(Date.parse(END) - h.clock.now().getTime());
  return { h, made };
}

/**
 * Every booking still booked got each reminder exactly once, at its (final) start's reminder time
 * (within `slackMs` when first tries fail), and nothing else was sent; every one was flagged late once.
 */
export function expectRemindersExactlyOnce(h: EventsHarness, made: readonly Made[], slackMs: number) {
  const expected = new Map<string, { at: number; templateKey: string }>();
  for (const b of made) {
    if (b.fate === 'cancelled') continue;
    for (const rule of DEFAULT_REMINDER_RULES) {
      expected.set(`reminder.${tenantId}.${reminderKey(b.code, rule.id, b.start)}`, {
        at: reminderAt(b.start, rule).getTime(),
        templateKey: rule.templateKey,
      });
    }
  }
  const counts = new Map<string, number>();
  for (const s of h.notifier.sent) counts.set(s.idempotencyKey, (counts.get(s.idempotencyKey) ?? 0) + 1);
  const twice = [...counts].filter(([, n]) => n > 1);
  expect(twice, 'reminders sent more than once').toEqual([]);
  const unexpected = [...counts.keys()].filter((k) => !expected.has(k));
  expect(unexpected, 'reminders of cancelled bookings or of a start moved away').toEqual([]);
  const missing = [...expected.keys()].filter((k) => !counts.has(k));
  expect(missing, 'reminders never sent').toEqual([]);
  for (const s of h.notifier.sent) {
    const due = expected.get(s.idempotencyKey) as { at: number; templateKey: string };
    const late = s.at.getTime() - due.at;
    // The text is the one the rule names (the day before speaks of tomorrow, the hour before of the hour).
    expect(s.templateKey).toBe(due.templateKey);
    expect(late, `${s.idempotencyKey} sent at ${s.at.toISOString()}`).toBeGreaterThanOrEqual(0);
    expect(late, `${s.idempotencyKey} sent at ${s.at.toISOString()}`).toBeLessThanOrEqual(slackMs);
    // The reminder names the booking; the phone is only the recipient.
    expect(s.params.bookingCode).toBe(s.idempotencyKey.split('.')[2]);
  }
  const active = made.filter((b) => b.fate !== 'cancelled');
  const alerts = h.staffAlerts.entries().filter((a) => a.templateKey === 'booking-late');
  expect(alerts.map((a) => a.params.code).sort()).toEqual(active.map((b) => b.code).sort());
}

/** Fails the first try of each task or event: half after the handler ran, half before it. */
export function failingFirstTry<T>(keyOf: (x: T) => string) {
  const seen = new Set<string>();
  return (run: (x: T) => Promise<unknown>) => async (x: T) => {
    const key = keyOf(x);
    if (seen.has(key)) return run(x);
    seen.add(key);
    if (seen.size % 2 === 0) throw new Error('first try fails before the handler');
    await run(x);
    throw new Error('first try fails after the handler ran');
  };
}

export const taskKey = (t: ScheduledTask) => JSON.stringify(t);
export const eventKey = (e: DomainEvent) => e.eventId;
