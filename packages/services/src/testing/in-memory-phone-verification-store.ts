import type {
  PhoneVerification,
  PhoneVerificationStore,
  SendLog,
  StartVerificationWrite,
} from '@openhall/domain';

/** `PhoneVerificationStore` in memory, with the DynamoDB one's version checks (per tenant). */
export class InMemoryPhoneVerificationStore implements PhoneVerificationStore {
  private readonly logs = new Map<string, SendLog>();
  private readonly verifications = new Map<string, PhoneVerification>();

  async sendLog(tenantId: string, personId: string): Promise<SendLog> {
    return structuredClone(
      this.logs.get(`${tenantId}\u0000${personId}`) ?? { personId, version: 0, sentAt: [] },
    );
  }

  async startVerification(write: StartVerificationWrite): Promise<'started' | 'changed'> {
    const key = `${write.tenantId}\u0000${write.log.personId}`;
    if ((this.logs.get(key)?.version ?? 0) !== write.expectedLogVersion) return 'changed';
    this.logs.set(key, structuredClone(write.log));
    this.verifications.set(
      `${write.tenantId}\u0000${write.verification.id}`,
      structuredClone(write.verification),
    );
    return 'started';
  }

  async getVerification(tenantId: string, id: string): Promise<PhoneVerification | undefined> {
    const v = this.verifications.get(`${tenantId}\u0000${id}`);
    return v && structuredClone(v);
  }

  async updateVerification(tenantId: string, next: PhoneVerification): Promise<'updated' | 'changed'> {
    const key = `${tenantId}\u0000${next.id}`;
    if (this.verifications.get(key)?.version !== next.version - 1) return 'changed';
    this.verifications.set(key, structuredClone(next));
    return 'updated';
  }

  /** Every verification kept, for tests to inspect what is stored. */
  all(): PhoneVerification[] {
    return [...this.verifications.values()].map((v) => structuredClone(v));
  }
}
