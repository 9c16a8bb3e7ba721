import type { PhoneVerification, SendLog } from '../verification/phone-verification.js';

/** A new verification and the phone's send log after it, written together or not at all. */
export interface StartVerificationWrite {
  tenantId: string;
  verification: PhoneVerification;
  /** The log as read (`expectedVersion`) with this send added. */
  log: SendLog;
  expectedLogVersion: number;
}

/**
 * Port for phone verifications (短信验证码). Items are keyed by tenant, then the verification id or
 * the keyed hash of the phone; none holds the phone or the code in clear, and each expires by itself.
 */
export interface PhoneVerificationStore {
  /** The phone's recent sends; version 0 and no sends when there is none. */
  sendLog(tenantId: string, personId: string): Promise<SendLog>;
  /** `changed` when another send of the phone was recorded since `sendLog` was read. */
  startVerification(write: StartVerificationWrite): Promise<'started' | 'changed'>;
  getVerification(tenantId: string, id: string): Promise<PhoneVerification | undefined>;
  /** Writes `next` only if the stored one is still at `next.version - 1`; `changed` otherwise. */
  updateVerification(tenantId: string, next: PhoneVerification): Promise<'updated' | 'changed'>;
}
