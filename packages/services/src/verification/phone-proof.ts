import {
  PhoneNotVerifiedError,
  type PhoneVerification,
  type PhoneVerificationPurpose,
} from '@openhall/domain';
import { sameText } from '../booking/keyed-hasher.js';
import type { VerificationDeps } from './verification-deps.js';

/** The scope a verification's proof is hashed under (its code's is the bare id). */
export function proofScope(verificationId: string): string {
  return `${verificationId}.proof`;
}

export interface ProofQuery {
  tenantId: string;
  /** `{verificationId}.{secret}` as handed out by the confirmation. */
  proof: string;
  /** The phone the proof must be for, normalised. */
  phone: string;
  purpose: PhoneVerificationPurpose;
}

/**
 * The confirmed verification a proof stands for, if it is this tenant's, for this phone and
 * purpose, and not expired; `phone_not_verified` otherwise, without saying which part failed.
 */
export async function provenVerification(
  deps: Pick<VerificationDeps, 'verificationStore' | 'hasher' | 'now'>,
  q: ProofQuery,
): Promise<PhoneVerification> {
  const [id = '', secret = ''] = q.proof.split('.');
  const v = id ? await deps.verificationStore.getVerification(q.tenantId, id) : undefined;
  const nowSeconds = deps.now().getTime() / 1000;
  const personId = deps.hasher.personId(q.tenantId, q.phone);
  const proven =
    v !== undefined &&
    v.state === 'verified' &&
    v.purpose === q.purpose &&
    v.proofHash !== undefined &&
    (v.proofExpiresAt ?? 0) > nowSeconds &&
    sameText(v.personId, personId) &&
    sameText(v.proofHash, deps.hasher.secretHash(q.tenantId, proofScope(v.id), secret));
  if (!proven) throw new PhoneNotVerifiedError();
  return v;
}
