import type { OnceStore } from '@openhall/domain';

/** `OnceStore` in memory, with the DynamoDB store's semantics (a lease that runs out may be claimed again). */
export class InMemoryOnceStore implements OnceStore {
  readonly records = new Map<string, { state: 'claimed' | 'done'; leaseUntil: number }>();

  async claim(tenantId: string, scope: string, key: string, now: Date, leaseSeconds: number) {
    const id = `${tenantId}/${scope}/${key}`;
    const held = this.records.get(id);
    if (held?.state === 'done') return 'done' as const;
    if (held && held.leaseUntil >= now.getTime()) return 'busy' as const;
    this.records.set(id, { state: 'claimed', leaseUntil: now.getTime() + leaseSeconds * 1000 });
    return 'claimed' as const;
  }

  async complete(tenantId: string, scope: string, key: string) {
    const id = `${tenantId}/${scope}/${key}`;
    this.records.set(id, { state: 'done', leaseUntil: 0 });
  }

  async release(tenantId: string, scope: string, key: string) {
    const id = `${tenantId}/${scope}/${key}`;
    if (this.records.get(id)?.state === 'claimed') this.records.delete(id);
  }
}
