import {
  assertMaySend,
  generateSmsCode,
  type PhoneVerification,
  type PhoneVerificationStarted,
  RateLimitedError,
  ResendTooSoonError,
  recentSends,
  SMS_CODE_RULES,
  type StartPhoneVerificationRequest,
  toShanghaiIso,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { randomSource, randomToken } from './random-token.js';
import { instantOf, type VerificationDeps } from './verification-deps.js';

/**
 * Sends a 6-digit code to the phone (短信验证码) and starts its verification. Refused beyond
 * `SMS_CODE_RULES`: per client address per minute (the rate limiter, under a key of its own), per
 * phone per hour and within a minute of the phone's last code. The code leaves only in the SMS:
 * the store keeps its keyed hash, and neither the code nor the phone is logged.
 */
export async function startPhoneVerification(
  deps: VerificationDeps,
  input: { tenantId: string; request: StartPhoneVerificationRequest; clientId: string },
): Promise<PhoneVerificationStarted> {
  const { tenantId, request } = input;
  const now = deps.now();
  const at = instantOf(now);
  await tenantConfigOf(deps, tenantId);
  const clientKey = deps.hasher.clientKey(tenantId, `sms-code\u0000${input.clientId}`);
  const decision = await deps.rateLimiter.hit(
    tenantId,
    clientKey,
    SMS_CODE_RULES.sendsPerClientPerMinute,
    now,
  );
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);

  const personId = deps.hasher.personId(tenantId, request.phone);
  const log = await deps.verificationStore.sendLog(tenantId, personId);
  assertMaySend(log, at.seconds);
  const random = randomSource(deps.randomBytes);
  const id = randomToken(random, 16);
  const code = generateSmsCode(random);
  const verification: PhoneVerification = {
    id,
    tenantId,
    personId,
    purpose: request.purpose,
    codeHash: deps.hasher.secretHash(tenantId, id, code),
    sentAt: at.seconds,
    codeExpiresAt: at.seconds + SMS_CODE_RULES.codeTtlSeconds,
    tries: 0,
    state: 'pending',
    version: 1,
    updatedAt: at.iso,
  };
  const outcome = await deps.verificationStore.startVerification({
    tenantId,
    verification,
    log: { personId, version: log.version + 1, sentAt: [...recentSends(log, at.seconds), at.seconds] },
    expectedLogVersion: log.version,
  });
  // Another code for this phone was recorded meanwhile: this one is the resend that came too soon.
  if (outcome === 'changed') throw new ResendTooSoonError(SMS_CODE_RULES.resendAfterSeconds);
  await deps.notifier.sendSms({
    tenantId,
    templateKey: 'verification-code',
    params: { code, minutes: String(SMS_CODE_RULES.codeTtlSeconds / 60) },
    idempotencyKey: `verification-${id}`,
    phone: request.phone,
  });
  return {
    verificationId: id,
    expiresAt: toShanghaiIso(new Date(verification.codeExpiresAt * 1000)),
    resendAfter: toShanghaiIso(new Date((at.seconds + SMS_CODE_RULES.resendAfterSeconds) * 1000)),
  };
}
