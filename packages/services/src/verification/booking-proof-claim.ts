import { PhoneNotVerifiedError, type PhoneVerificationStore } from '@openhall/domain';
import { type ProofQuery, provenVerification } from './phone-proof.js';
import { instantOf, type VerificationDeps } from './verification-deps.js';

type ClaimDeps = Pick<VerificationDeps, 'verificationStore' | 'hasher' | 'now'>;

/**
 * Spends a booking proof on one booking request, named by its Idempotency-Key: a retry of that
 * request may use it again, any other request is refused (`phone_not_verified`).
 */
export async function claimBookingProof(
  deps: ClaimDeps,
  q: Omit<ProofQuery, 'purpose'> & { claimKey: string },
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const v = await provenVerification(deps, { ...q, purpose: 'booking' });
    if (v.usedBy === q.claimKey) return;
    if (v.usedBy !== undefined) throw new PhoneNotVerifiedError('this proof was already used for a booking');
    const next = { ...v, usedBy: q.claimKey, version: v.version + 1, updatedAt: instantOf(deps.now()).iso };
    if ((await deps.verificationStore.updateVerification(q.tenantId, next)) === 'updated') return;
  }
  throw new PhoneNotVerifiedError('this proof was already used for a booking');
}

/** Gives a claimed proof back after its request booked nothing (e.g. the slot was full). */
export async function releaseBookingProof(
  deps: { verificationStore: PhoneVerificationStore; now: () => Date },
  q: { tenantId: string; proof: string; claimKey: string },
): Promise<void> {
  const [id = ''] = q.proof.split('.');
  const v = await deps.verificationStore.getVerification(q.tenantId, id);
  if (!v || v.usedBy !== q.claimKey) return;
  const { usedBy: _, ...rest } = v;
  await deps.verificationStore.updateVerification(q.tenantId, {
    ...rest,
    version: v.version + 1,
    updatedAt: instantOf(deps.now()).iso,
  });
}
