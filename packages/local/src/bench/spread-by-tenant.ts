/**
 * `n` items taken round-robin across tenants, so each tenant weighs the same whatever the number
 * of matters it has; a tenant with fewer items than its share repeats them.
 * @example spreadByTenant([{ tenantId: 'a' }, { tenantId: 'a' }, { tenantId: 'b' }], 4) // a, b, a, b
 */
export function spreadByTenant<T extends { tenantId: string }>(items: readonly T[], n: number): T[] {
  const byTenant = new Map<string, T[]>();
  for (const item of items) byTenant.set(item.tenantId, [...(byTenant.get(item.tenantId) ?? []), item]);
  const lists = [...byTenant.values()];
  const out: T[] = [];
  for (let i = 0; lists.length > 0 && out.length < n; i++) {
    for (const list of lists) if (out.length < n) out.push(list[i % list.length]!);
  }
  return out;
}
