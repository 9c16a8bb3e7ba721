import { RateLimitedError } from '../booking/booking-errors.js';
import {
  ResendTooSoonError,
  VerificationExpiredError,
  VerificationLockedError,
  VerificationUsedError,
} from './verification-errors.js';

/** What a confirmed phone may then do: book once, or list its bookings for a while. */
export type PhoneVerificationPurpose = 'booking' | 'my-bookings';

/** The limits of SMS codes (短信验证码): short-lived, few tries, few sends. */
export const SMS_CODE_RULES = {
  digits: 6,
  /** A code is good for 5 minutes after it was sent. */
  codeTtlSeconds: 5 * 60,
  /** Five wrong codes and the verification is dead: a new code must be asked for. */
  maxTries: 5,
  /** A phone gets another code no sooner than this after the last one. */
  resendAfterSeconds: 60,
  /** Codes one phone may be sent in any hour. */
  sendsPerPhonePerHour: 5,
  /** Code requests one client address may make per minute (the rate limiter's window). */
  sendsPerClientPerMinute: 5,
  /** How long a confirmed phone's proof is accepted. */
  proofTtlSeconds: 15 * 60,
} as const;

/**
 * One verification of one phone for one purpose. The code and the proof are kept only as keyed
 * hashes; the phone only as the person id (its keyed hash). Times are epoch seconds.
 */
export interface PhoneVerification {
  id: string;
  tenantId: string;
  personId: string;
  purpose: PhoneVerificationPurpose;
  codeHash: string;
  sentAt: number;
  codeExpiresAt: number;
  /** Wrong codes entered so far. */
  tries: number;
  state: 'pending' | 'verified' | 'dead';
  /** Set once the right code was entered. */
  proofHash?: string;
  proofExpiresAt?: number;
  /** The booking request (its Idempotency-Key) a booking proof was spent on. */
  usedBy?: string;
  /** Starts at 1; every change adds one. */
  version: number;
  /** ISO 8601 +08:00 of the last change (by the citizen holding the phone). */
  updatedAt: string;
}

/** When a phone was sent codes lately (epoch seconds), versioned for optimistic writes. */
export interface SendLog {
  personId: string;
  version: number;
  sentAt: number[];
}

const HOUR_SECONDS = 60 * 60;

/** Sends of the log within the hour before `nowSeconds`. */
export function recentSends(log: SendLog, nowSeconds: number): number[] {
  return log.sentAt.filter((t) => t > nowSeconds - HOUR_SECONDS);
}

/**
 * Refuses a new code too soon after the last one (`resend_too_soon`) or beyond the phone's hourly
 * count (`rate_limited`), each with when to try again.
 */
export function assertMaySend(log: SendLog, nowSeconds: number): void {
  const recent = recentSends(log, nowSeconds).sort((a, b) => a - b);
  const last = recent.at(-1);
  if (last !== undefined && nowSeconds - last < SMS_CODE_RULES.resendAfterSeconds) {
    throw new ResendTooSoonError(SMS_CODE_RULES.resendAfterSeconds - (nowSeconds - last));
  }
  if (recent.length >= SMS_CODE_RULES.sendsPerPhonePerHour) {
    const oldest = recent[recent.length - SMS_CODE_RULES.sendsPerPhonePerHour]!;
    throw new RateLimitedError(Math.max(1, oldest + HOUR_SECONDS - nowSeconds));
  }
}

/** Refuses a code entered for a verification that is dead, already confirmed or expired. */
export function assertCodeOpen(v: PhoneVerification, nowSeconds: number): void {
  if (v.state === 'dead') throw new VerificationLockedError();
  if (v.state === 'verified') throw new VerificationUsedError();
  if (nowSeconds >= v.codeExpiresAt) throw new VerificationExpiredError();
}

/** The verification after a wrong code: one try more, dead at the last one. */
export function afterWrongCode(
  v: PhoneVerification,
  now: { seconds: number; iso: string },
): PhoneVerification {
  const tries = v.tries + 1;
  return {
    ...v,
    tries,
    state: tries >= SMS_CODE_RULES.maxTries ? 'dead' : 'pending',
    version: v.version + 1,
    updatedAt: now.iso,
  };
}

/** Tries left after `v`'s wrong codes. */
export function triesLeft(v: PhoneVerification): number {
  return Math.max(0, SMS_CODE_RULES.maxTries - v.tries);
}

/** The verification after the right code: confirmed, holding the hash of the proof it handed out. */
export function afterRightCode(
  v: PhoneVerification,
  proofHash: string,
  now: { seconds: number; iso: string },
): PhoneVerification {
  return {
    ...v,
    state: 'verified',
    proofHash,
    proofExpiresAt: now.seconds + SMS_CODE_RULES.proofTtlSeconds,
    version: v.version + 1,
    updatedAt: now.iso,
  };
}

/**
 * Six digits, uniform: 4 random bytes as a number, drawn again when it falls in the last, partial
 * million (so no code is likelier than another).
 */
export function generateSmsCode(randomBytes: (n: number) => Uint8Array): string {
  const space = 10 ** SMS_CODE_RULES.digits;
  const limit = Math.floor(2 ** 32 / space) * space;
  for (;;) {
    const b = randomBytes(4);
    const n = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    if (n < limit) return String(n % space).padStart(SMS_CODE_RULES.digits, '0');
  }
}
