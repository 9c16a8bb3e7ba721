import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent, Principal } from '@openhall/domain';
import { CareUseCases, VisitRatableServices } from '@openhall/services';
import {
  DynamoCareStore,
  DynamoConfigStore,
  DynamoNationalScheduleStore,
  outboxPendingGsiPk,
} from '@openhall/store';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';

export const TENANT = 'boai';

export interface CareHarness extends ApiHarness {
  care: CareUseCases;
  /** Moves the care services' clock (tokens keep the harness's fixed time). */
  setNow(iso: string): void;
  call(method: string, path: string, body?: unknown, who?: string): Promise<Response>;
  outbox(tenantId?: string): Promise<DomainEvent[]>;
}

const ROLE_OF: Record<string, Principal['role']> = {
  'boai-desk': 'desk',
  'boai-section-manager': 'section-manager',
  'boai-district-admin': 'district-admin',
};

/** The real app on DynamoDB Local with the care use cases on a clock the test moves. */
export async function careHarness(label: string, startIso: string): Promise<CareHarness> {
  let now = new Date(startIso);
  let care: CareUseCases | undefined;
  const h = await apiHarness(label, new Date(startIso), (table) => {
    const careStore = new DynamoCareStore(table.client, table.tableName);
    care = new CareUseCases({
      careStore,
      ratableServices: new VisitRatableServices(careStore),
      configStore: new DynamoConfigStore(table.client, table.tableName),
      nationalScheduleStore: new DynamoNationalScheduleStore(table.client, table.tableName),
      now: () => now,
    });
    return { care };
  });
  const tokens = new Map<string, string>();
  async function tokenOf(staffId: string): Promise<string> {
    let t = tokens.get(staffId);
    if (!t) {
      const tenantId = staffId.split('-')[0]!;
      const role = ROLE_OF[staffId] ?? 'window';
      t = await h.token({ sub: staffId, role, tenantId } as Principal);
      tokens.set(staffId, t);
    }
    return t;
  }
  return {
    ...h,
    care: care!,
    setNow: (iso) => {
      now = new Date(iso);
    },
    async call(method, path, body, who) {
      const headers: Record<string, string> = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (who) headers.authorization = `Bearer ${await tokenOf(who)}`;
      return h.app.request(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
    async outbox(tenantId = TENANT) {
      const out = await h.table.client.send(
        new QueryCommand({
          TableName: h.table.tableName,
          // No relay runs here: every event written is still pending, in time order.
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': outboxPendingGsiPk(tenantId) },
        }),
      );
      return (out.Items ?? []).map((i) => i.event as DomainEvent);
    },
  };
}
