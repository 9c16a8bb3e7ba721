import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { parseShanghaiIso } from '@openhall/domain';
import { placesTakenOf, queryPlaceCountersParams } from '@openhall/store';
import type { ContendedResult } from './bench-results.js';
import type { Citizen, CitizenHttp, SlotRef } from './citizen-http.js';
import { sideResultOf, type TallySource } from './measure-side.js';
import { type PhaseRun, runPhase } from './run-phase.js';

export interface Contention {
  http: CitizenHttp;
  /** Reads the place counters at each slot's start before and after its burst. */
  client: DynamoDBDocumentClient;
  tableName: string;
  slots: readonly SlotRef[];
  citizensPerSlot: number;
  nextCitizen: () => Citizen;
  serverMeter: TallySource;
  maxMs: () => number;
  log: (line: string) => void;
}

/**
 * Sends every citizen of a slot at once (distinct phones and Idempotency-Keys, so only capacity
 * can refuse them), one slot after another, and reads how many places the hall's windows hold at
 * the slot's start before and after: the API must answer 201 no more often than there are places,
 * 409 `slot_full` to the rest, and the counters must have moved by exactly the 201s.
 */
export async function contendForSlots(c: Contention): Promise<ContendedResult> {
  const bookedPerSlot: number[] = [];
  const counterPerSlot: number[] = [];
  const runs: PhaseRun[] = [];
  await c.serverMeter.reset();
  for (const slot of c.slots) {
    c.log(`contended: ${c.citizensPerSlot} citizens at once for ${slot.capacity} places`);
    const before = await placesAtStart(c, slot);
    const run = await runPhase({
      count: c.citizensPerSlot,
      concurrency: c.citizensPerSlot,
      maxMs: c.maxMs(),
      task: async () => String((await c.http.create(slot, c.nextCitizen())).status),
    });
    const after = await placesAtStart(c, slot);
    runs.push(run);
    bookedPerSlot.push(run.outcomes['201'] ?? 0);
    counterPerSlot.push(after - before);
  }
  const capacityPerSlot = c.slots.map((s) => s.capacity);
  return {
    slots: c.slots.length,
    citizensPerSlot: c.citizensPerSlot,
    capacityPerSlot,
    bookedPerSlot,
    counterPerSlot,
    oversold: capacityPerSlot.some(
      (cap, i) => bookedPerSlot[i]! > cap || counterPerSlot[i] !== bookedPerSlot[i],
    ),
    http: sideResultOf(runs, await c.serverMeter.tally()),
  };
}

/** Places taken at every window of the slot's hall in the 5-minute bucket the slot starts in. */
async function placesAtStart(c: Contention, slot: SlotRef): Promise<number> {
  const { date, time } = parseShanghaiIso(slot.start);
  const query = { hallId: slot.hallId, date };
  const out = await c.client.send(
    new QueryCommand(queryPlaceCountersParams(c.tableName, slot.tenantId, query)),
  );
  let taken = 0;
  for (const counts of placesTakenOf(out.Items ?? []).values()) taken += counts.get(time) ?? 0;
  return taken;
}
