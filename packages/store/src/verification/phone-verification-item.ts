import type { PhoneVerification, SendLog } from '@openhall/domain';
import { z } from 'zod';
import { StoredItemInvalidError } from '../table/errors.js';
import { phoneVerificationKey, smsSendLogKey } from './phone-verification-keys.js';

/** A verification is kept a day past its last use (who confirmed when), then time to live removes it. */
const VERIFICATION_GRACE_SECONDS = 24 * 60 * 60;
const HOUR_SECONDS = 60 * 60;

export function phoneVerificationItem(tenantId: string, v: PhoneVerification): Record<string, unknown> {
  return {
    ...phoneVerificationKey(tenantId, v.id),
    entity: 'PhoneVerification',
    ...v,
    expiresAt: Math.max(v.codeExpiresAt, v.proofExpiresAt ?? 0) + VERIFICATION_GRACE_SECONDS,
  };
}

/** The log lives an hour past its last send: what the hourly count needs, no more. */
export function smsSendLogItem(tenantId: string, log: SendLog): Record<string, unknown> {
  return {
    ...smsSendLogKey(tenantId, log.personId),
    entity: 'SmsSendLog',
    ...log,
    expiresAt: Math.max(0, ...log.sentAt) + HOUR_SECONDS,
  };
}

const VerificationItemSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  personId: z.string(),
  purpose: z.enum(['booking', 'my-bookings']),
  codeHash: z.string(),
  sentAt: z.number(),
  codeExpiresAt: z.number(),
  tries: z.number().int(),
  state: z.enum(['pending', 'verified', 'dead']),
  proofHash: z.string().optional(),
  proofExpiresAt: z.number().optional(),
  usedBy: z.string().optional(),
  version: z.number().int().min(1),
  updatedAt: z.string(),
});

const SendLogItemSchema = z.object({
  personId: z.string(),
  version: z.number().int().min(1),
  sentAt: z.array(z.number()),
});

export function phoneVerificationOf(
  item: Record<string, unknown> | undefined,
): PhoneVerification | undefined {
  if (item === undefined) return undefined;
  const parsed = VerificationItemSchema.safeParse(item);
  if (!parsed.success) throw new StoredItemInvalidError('phone verification', { cause: parsed.error });
  return parsed.data;
}

export function smsSendLogOf(item: Record<string, unknown> | undefined, personId: string): SendLog {
  if (item === undefined) return { personId, version: 0, sentAt: [] };
  const parsed = SendLogItemSchema.safeParse(item);
  if (!parsed.success) throw new StoredItemInvalidError('SMS send log', { cause: parsed.error });
  return parsed.data;
}
