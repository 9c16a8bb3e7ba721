import type { SmsSendClaim, SmsSendLedger } from '@openhall/domain';

type Record = SmsSendClaim & {
  state: 'sending' | 'sent' | 'rejected';
  attempts: number;
  providerMessageId?: string;
};

/** The ledger in memory, with the DynamoDB adapter's rules: one claim at a time per tenant and key. */
export class InMemorySmsSendLedger implements SmsSendLedger {
  readonly records = new Map<string, Record>();

  async claim(claim: SmsSendClaim): Promise<boolean> {
    const id = `${claim.tenantId}\u0000${claim.idempotencyKey}`;
    const current = this.records.get(id);
    if (current && current.state !== 'rejected') return false;
    this.records.set(id, { ...claim, state: 'sending', attempts: (current?.attempts ?? 0) + 1 });
    return true;
  }

  async markSent(tenantId: string, idempotencyKey: string, _at: string, providerMessageId?: string) {
    const r = this.records.get(`${tenantId}\u0000${idempotencyKey}`);
    if (r) Object.assign(r, { state: 'sent', providerMessageId });
  }

  async markRejected(tenantId: string, idempotencyKey: string) {
    const r = this.records.get(`${tenantId}\u0000${idempotencyKey}`);
    if (r) r.state = 'rejected';
  }
}
