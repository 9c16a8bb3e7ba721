import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { outboxPendingGsiPk } from '@openhall/store';
import type { BookingHarness } from '../booking/support/booking-harness.js';

export const T = 'zaozhuang-gxq';
export const HALL = 'zaozhuang-gxq-hall';

export async function staffHeaders(h: BookingHarness, staffId: string, roles: string[]) {
  const token = await h.token({
    sub: staffId,
    role: roles[0] as 'window',
    roles: roles as ['window'],
    tenantId: T,
  });
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

export async function json<X = Record<string, unknown>>(res: Response): Promise<X> {
  return (await res.json()) as X;
}

export function post(h: BookingHarness, path: string, body: unknown, headers: Record<string, string> = {}) {
  return h.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Every outbox event of the tenant, oldest first. */
export async function outboxEvents(h: BookingHarness, tenantId = T) {
  const out = await h.client.send(
    new QueryCommand({
      TableName: h.table.tableName,
      // No relay runs here: every event written is still pending, in time order.
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': outboxPendingGsiPk(tenantId) },
    }),
  );
  return (out.Items ?? []).map(
    (i) => i.event as { type: string; subject: { id: string }; data: Record<string, unknown> },
  );
}
