import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { type EventsHarness, eventsHarness, inBatches, newKey, request } from './support/events-harness.js';
import { phoneOf, START, tenantId } from './support/reminder-scenario.js';

const BOOKINGS = 200;
const script = fileURLToPath(new URL('./support/relay-process.ts', import.meta.url));

let h: EventsHarness | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children) c.kill('SIGKILL');
  await h?.close();
});

/** Starts a relay process; resolves its delivered count as it grows. */
function startRelay(harness: EventsHarness, clockOffsetMs: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, harness.table.endpoint, harness.table.tableName, String(clockOffsetMs)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  const state = { delivered: 0 };
  child.stdout?.on('data', (chunk: Buffer) => {
    const last = /delivered (\d+)\s*$/.exec(chunk.toString());
    if (last) state.delivered = Number(last[1]);
  });
  return { child, state };
}

const until = async (check: () => boolean | Promise<boolean>) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 100));
};

async function scan(harness: EventsHarness) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await harness.client.send(
      new ScanCommand({ TableName: harness.table.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

describe('a relay killed mid-run loses nothing', () => {
  it(`delivers the event of every one of ${BOOKINGS} committed bookings after a kill and a restart`, async () => {
    h = await eventsHarness('relay-crash', START);
    await h.editConfig(tenantId, (config) => {
      const b02 = config.windows.find((w) => w.id === 'b02');
      if (b02) b02.staffCount = 20;
      config.bookingPolicy.rateLimitPerMinute = 10_000;
    });
    // Prepare: a relay in its own process, bookings committed while it runs.
    const first = startRelay(h, 0);
    const slots = ['09:00', '09:30', '10:00', '10:30', '11:00', '14:00', '14:30', '15:00'].flatMap((t) =>
      ['2026-03-03', '2026-03-04', '2026-03-05'].map((d) => `${d}T${t}:00+08:00`),
    );
    const writing = inBatches(
      Array.from({ length: BOOKINGS }, (_, i) => i),
      8,
      async (i) => {
        const res = await request(
          h!,
          `/v1/tenants/${tenantId}/bookings`,
          {
            matterId: 'company-registration',
            hallId: 'zaozhuang-gxq-hall',
            start: slots[i % slots.length],
            applicant: { name: '王小明', phone: phoneOf(i) },
          },
          { 'idempotency-key': newKey(), 'x-forwarded-for': `10.2.${(i >> 8) & 255}.${i & 255}` },
        );
        return res.status;
      },
    );
    // Act: kill it (SIGKILL: no clean-up) once it has delivered some, while bookings are still being made.
    await until(() => first.state.delivered >= 20);
    first.child.kill('SIGKILL');
    const deliveredBeforeKill = first.state.delivered;
    const statuses = await writing;
    // Restarted with its clock past the lease of a claim the killed relay may have left half done.
    const second = startRelay(h, 10 * 60_000);
    await until(async () => (await h!.events.workers.outbox.pending(tenantId, 1)).length === 0);
    second.child.kill('SIGKILL');

    // Assess: every committed booking's event had its effect; none was lost.
    const items = await scan(h);
    const bookings = items.filter((i) => i.entity === 'Booking');
    expect(bookings.length).toBe(statuses.filter((s) => s === 201).length);
    expect(bookings.length).toBe(BOOKINGS);
    const effects = new Map(
      items
        .filter((i) => String(i.pk).includes('#TESTEFFECT#'))
        .map((i) => [String(i.pk).split('#TESTEFFECT#')[1], Number(i.n)]),
    );
    const missing = bookings.filter((b) => !effects.has(`booking.${String(b.code)}.v1`)).map((b) => b.code);
    expect(missing).toEqual([]);
    // At most the one event the kill cut between its effect and its completion ran twice.
    const repeated = [...effects.values()].filter((n) => n > 1);
    expect(repeated.length).toBeLessThanOrEqual(1);
    expect(deliveredBeforeKill).toBeLessThan(bookings.length);
  });
});
