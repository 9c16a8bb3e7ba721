import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getSlotCounterParams } from '@openhall/store';
import type { ContendedResult } from './bench-results.js';
import type { Citizen, CitizenHttp, SlotRef } from './citizen-http.js';
import { sideResultOf, type TallySource } from './measure-side.js';
import { type PhaseRun, runPhase } from './run-phase.js';

export interface Contention {
  http: CitizenHttp;
  /** Reads each slot's counter back after its burst. */
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
 * can refuse them), one slot after another, then reads the slot's counter: the API must answer 201
 * exactly as many times as there are places and 409 `slot_full` to the rest.
 */
export async function contendForSlots(c: Contention): Promise<ContendedResult> {
  const bookedPerSlot: number[] = [];
  const counterPerSlot: number[] = [];
  const runs: PhaseRun[] = [];
  await c.serverMeter.reset();
  for (const slot of c.slots) {
    c.log(`contended: ${c.citizensPerSlot} citizens at once for ${slot.capacity} places`);
    const run = await runPhase({
      count: c.citizensPerSlot,
      concurrency: c.citizensPerSlot,
      maxMs: c.maxMs(),
      task: async () => String((await c.http.create(slot, c.nextCitizen())).status),
    });
    const counter = await c.client.send(
      new GetCommand(getSlotCounterParams(c.tableName, slot.tenantId, slot)),
    );
    runs.push(run);
    bookedPerSlot.push(run.outcomes['201'] ?? 0);
    counterPerSlot.push(Number(counter.Item?.taken ?? 0));
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
