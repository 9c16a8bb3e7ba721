import type { LedgerEntry, LedgerWrite, PersonLedger } from '@openhall/domain';
import { z } from 'zod';
import { StoredItemInvalidError } from '../table/errors.js';
import type { TableKey } from '../table/keys.js';
import { personLedgerKey } from './booking-keys.js';
import { epochSeconds } from './idempotency-item.js';

/** A ledger outlives its last booking by a day, then time to live removes it. */
const LEDGER_GRACE_SECONDS = 24 * 60 * 60;

export interface PersonLedgerItem extends TableKey {
  entity: 'PersonLedger';
  personId: string;
  version: number;
  entries: LedgerEntry[];
  expiresAt: number;
}

/** The ledger as it will be after a write: one version on from the one read. */
export function personLedgerItem(tenantId: string, write: LedgerWrite, now: Date): PersonLedgerItem {
  const lastEnd = Math.max(epochSeconds(now), ...write.entries.map((e) => epochSeconds(Date.parse(e.end))));
  return {
    ...personLedgerKey(tenantId, write.personId),
    entity: 'PersonLedger',
    personId: write.personId,
    version: write.expectedVersion + 1,
    entries: write.entries,
    expiresAt: lastEnd + LEDGER_GRACE_SECONDS,
  };
}

const LedgerItemSchema = z.object({
  version: z.number().int().min(1),
  entries: z.array(
    z.object({
      code: z.string(),
      matterId: z.string(),
      hallId: z.string(),
      date: z.string(),
      end: z.string(),
    }),
  ),
});

/** A stored ledger, or the empty one at version 0 when there is no item. */
export function personLedgerOf(item: Record<string, unknown> | undefined): PersonLedger {
  if (item === undefined) return { version: 0, entries: [] };
  const parsed = LedgerItemSchema.safeParse(item);
  if (!parsed.success) throw new StoredItemInvalidError('person ledger', { cause: parsed.error });
  return parsed.data;
}
