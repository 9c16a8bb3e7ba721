import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { outboxPendingGsiPk } from '@openhall/store';
import type { BookingHarness } from '../booking/support/booking-harness.js';

export const ZIBO = 'zibo';
export const HALL = 'zibo-center';
export const MATTER = 'enterprise-establishment';

export const DESK = { sub: 'zibo-desk', role: 'desk', tenantId: ZIBO } as const;
export const MANAGER = { sub: 'zibo-section-manager', role: 'section-manager', tenantId: ZIBO } as const;
export const ADMIN = { sub: 'zibo-district-admin', role: 'district-admin', tenantId: ZIBO } as const;
/** The A holder of the market-access window (the lead window of the test matter). */
export const HANDLER = { sub: 'zibo-market-access-1-a', role: 'window', tenantId: ZIBO } as const;
/** The A holder of the construction window (a cooperating window). */
export const COOPERATOR = { sub: 'zibo-construction-1-a', role: 'window', tenantId: ZIBO } as const;
export const BOAI_ADMIN = { sub: 'boai-district-admin', role: 'district-admin', tenantId: 'boai' } as const;

type Who =
  | typeof DESK
  | typeof MANAGER
  | typeof ADMIN
  | typeof HANDLER
  | typeof COOPERATOR
  | typeof BOAI_ADMIN;

/** A staff call to the API as `who`. */
export async function call(
  h: BookingHarness,
  who: Who,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return h.app.request(path, {
    method,
    headers: {
      authorization: `Bearer ${await h.token({ ...who })}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Records a request at the desk for `start`. */
export function recordAtDesk(
  h: BookingHarness,
  start: string,
  overrides: Record<string, unknown> = {},
  who: Who = DESK,
): Promise<Response> {
  return call(
    h,
    who,
    'POST',
    `/v1/tenants/${ZIBO}/desk/bookings`,
    {
      channel: 'phone',
      matterId: MATTER,
      hallId: HALL,
      start,
      applicant: { name: '周海宁', phone: '13912345678', organisation: '淄博示例科技有限公司' },
      requestedTime: '国庆假期第二天上午',
      ...overrides,
    },
    { 'idempotency-key': randomUUID() },
  );
}

/** The events the tenant's outbox holds, oldest first. */
export async function outboxEvents(h: BookingHarness, tenantId = ZIBO) {
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
    (i) => i.event as { type: string; actor: string; data: Record<string, unknown> },
  );
}
