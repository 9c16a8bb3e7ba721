import {
  callOrder,
  callTicket,
  QueueBusyError,
  QueueEmptyError,
  type StoredTicket,
  shanghaiDateOf,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { assertServes, hallQueue, ticketEvent, windowOf } from './queue-context.js';
import type { QueueDeps, StaffActor } from './queue-deps.js';

/** Reads of the queue before giving up: each read's candidates are tried in call order first. */
const MAX_READS = 6;

/**
 * 叫号: the window calls the next ticket it serves. One Query reads the hall-day's open tickets (and,
 * with a priority ratio, one more reads its last few first calls); the pure
 * call order picks; the ticket is written `called` only over the version read, so two windows
 * pressing at once never take the same ticket: the loser moves on to the next candidate, and reads
 * the queue again when every candidate of its read was taken.
 */
export async function callNext(
  deps: QueueDeps,
  tenantId: string,
  windowId: string,
  actor: StaffActor,
): Promise<StoredTicket> {
  const config = await tenantConfigOf(deps, tenantId);
  const window = windowOf(config, windowId);
  assertServes(config, actor, windowId);
  const { rules } = hallQueue(config, window.hallId);
  for (let read = 0; read < MAX_READS; read++) {
    const now = deps.now();
    const date = shanghaiDateOf(now);
    const ratio = rules.priorityRatio;
    const [queue, recent] = await Promise.all([
      deps.queueStore.openQueueOf(tenantId, window.hallId, date),
      ratio
        ? deps.queueStore.recentCalls(tenantId, window.hallId, date, ratio.priority + ratio.normal - 1)
        : Promise.resolve([]),
    ]);
    const versions = new Map(queue.map((s) => [s.ticket.code, s]));
    const order = callOrder(
      queue.map((s) => s.ticket),
      windowId,
      rules,
      now,
      recent,
    );
    if (order.length === 0) throw new QueueEmptyError(windowId);
    for (const candidate of order) {
      const before = versions.get(candidate.code)!;
      const after: StoredTicket = {
        ...before,
        ticket: callTicket(before.ticket, windowId, { actor: actor.staffId, now }),
        version: before.version + 1,
      };
      const outcome = await deps.queueStore.saveTicket({
        ticket: after,
        expectedVersion: before.version,
        events: [ticketEvent('called', after, actor.staffId, now, {}, config)],
      });
      if (outcome === 'saved') return after;
    }
  }
  throw new QueueBusyError();
}
