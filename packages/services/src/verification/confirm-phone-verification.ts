import {
  afterRightCode,
  afterWrongCode,
  assertCodeOpen,
  NotFoundError,
  type PhoneProof,
  type PhoneVerification,
  toShanghaiIso,
  triesLeft,
  VerificationCodeWrongError,
} from '@openhall/domain';
import { sameText } from '../booking/keyed-hasher.js';
import { proofScope } from './phone-proof.js';
import { randomSource, randomToken } from './random-token.js';
import { instantOf, type VerificationDeps } from './verification-deps.js';

/** Attempts at a write that lost to a concurrent one on the same verification. */
const MAX_ATTEMPTS = 3;

/**
 * Checks the code entered for a verification (compared as keyed hashes, in constant time). The
 * right code confirms the phone and answers a proof, shown once and kept only as its hash; a wrong
 * one counts a try, and the last try kills the verification.
 */
export async function confirmPhoneVerification(
  deps: Pick<VerificationDeps, 'verificationStore' | 'hasher' | 'now' | 'randomBytes'>,
  input: { tenantId: string; verificationId: string; code: string },
): Promise<PhoneProof> {
  const { tenantId, verificationId } = input;
  const at = instantOf(deps.now());
  for (let attempt = 1; ; attempt++) {
    const v = await deps.verificationStore.getVerification(tenantId, verificationId);
    if (!v) throw new NotFoundError('verification', 'verification_not_found');
    assertCodeOpen(v, at.seconds);
    const right = sameText(deps.hasher.secretHash(tenantId, v.id, input.code), v.codeHash);
    const secret = randomToken(randomSource(deps.randomBytes), 32);
    const next: PhoneVerification = right
      ? afterRightCode(v, deps.hasher.secretHash(tenantId, proofScope(v.id), secret), at)
      : afterWrongCode(v, at);
    const outcome = await deps.verificationStore.updateVerification(tenantId, next);
    if (outcome === 'changed' && attempt < MAX_ATTEMPTS) continue;
    if (outcome === 'changed') throw new VerificationCodeWrongError(triesLeft(v));
    if (!right) throw new VerificationCodeWrongError(triesLeft(next));
    return {
      proof: `${v.id}.${secret}`,
      purpose: v.purpose,
      expiresAt: toShanghaiIso(new Date(next.proofExpiresAt! * 1000)),
    };
  }
}
