import { randomBytes } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  callOrder,
  callTicket,
  formatTicketNumber,
  generateBookingCode,
  queueOfHall,
  type StoredTicket,
  shanghaiDateOf,
  type TenantConfig,
  type Ticket,
  toShanghaiIso,
} from '@openhall/domain';
import { CITIZEN_ACTOR, ticketEvent } from '@openhall/services';
import {
  createTicketParams,
  getConfigParams,
  getNationalScheduleHeadParams,
  liveQueueParams,
  nextNumberParams,
  openQueueParams,
  saveTicketParams,
  ticketKey,
  ticketPointerParams,
} from '@openhall/store';

/** The hall, the kiosk category and the staff who call it. */
export interface QueueScene {
  tenantId: string;
  hallId: string;
  categoryId: string;
  /** Window members of the category's windows (A and B holders): who presses "call next". */
  callers: { windowId: string; staffId: string }[];
}

/** The seeded window members of a category's windows: `{tenant}-{window}-a` and `-b`, as the directory has them. */
export function callersOf(config: TenantConfig, hallId: string, categoryId: string): QueueScene['callers'] {
  const category = queueOfHall(config, hallId).categories.find((c) => c.id === categoryId);
  if (!category) throw new Error(`no category ${categoryId} in ${hallId}`);
  return category.windowIds.flatMap((windowId) =>
    config.staff
      .filter((s) => !s.retired && s.roles.includes('window') && s.windowIds.includes(windowId))
      .map((s) => ({ windowId, staffId: s.id })),
  );
}

/**
 * The kiosk (取号) and the window's "call next" through HTTP: the kiosk is public, call-next carries
 * the staff member's bearer token (one per caller, signed by the bench server).
 */
export class QueueHttp {
  private citizen = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly scene: QueueScene,
    private readonly tokens: ReadonlyMap<string, string>,
  ) {}

  async issue(): Promise<string> {
    const { tenantId, hallId, categoryId } = this.scene;
    const response = await fetch(`${this.baseUrl}/v1/tenants/${tenantId}/halls/${hallId}/tickets`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // Each kiosk visitor counts apart for the per-client rate limit.
        'x-forwarded-for': `10.9.${(this.citizen >> 8) & 255}.${this.citizen++ & 255}`,
      },
      body: JSON.stringify({ categoryId }),
    });
    await response.arrayBuffer();
    return String(response.status);
  }

  async callNext(caller: { windowId: string; staffId: string }): Promise<string> {
    const token = this.tokens.get(caller.staffId);
    if (!token) throw new Error(`no token for ${caller.staffId}`);
    const response = await fetch(
      `${this.baseUrl}/v1/tenants/${this.scene.tenantId}/windows/${caller.windowId}/call-next`,
      { method: 'POST', headers: { authorization: `Bearer ${token}` } },
    );
    await response.arrayBuffer();
    return String(response.status);
  }
}

/** Attributes of a ticket item that are the store's, not the ticket's. */
const META = new Set(['pk', 'sk', 'entity', 'version', 'phoneHash', 'expiresAt']);

function storedOfItem(item: Record<string, unknown>): StoredTicket {
  const ticket = Object.fromEntries(
    Object.entries(item).filter(([k]) => !META.has(k) && !k.startsWith('gsi')),
  ) as unknown as Ticket;
  return { ticket, version: item.version as number };
}

/** Reads of the queue before giving up, as `callNext` does. */
const MAX_READS = 6;

/**
 * The DynamoDB requests the kiosk's ticket and a window's call-next send, in the same order and built
 * by the store's own `...Params()` functions, straight through the SDK (no HTTP, no validation):
 * - ticket: the configuration head and the national schedules' head, one UpdateItem (the category's
 *   number), one transaction (ticket, code pointer, event); then, for the answer (position and wait),
 *   the two heads again, the pointer and the ticket (GetItem each) and the hall-day's live range (one
 *   Query: open tickets and served counters);
 * - call-next: the two heads, the hall-day's open tickets (one Query), one transaction over the version read
 *   (ticket, event); a conflict tries the next ticket in call order, and reads again when all were taken.
 */
export class DirectQueue {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly scene: QueueScene,
    private readonly config: TenantConfig,
    /** The bench server's clock: its day is the queue's day. */
    private readonly now: () => Date,
  ) {}

  async issue(): Promise<string> {
    const now = this.now();
    const { tenantId, hallId, categoryId } = this.scene;
    await this.readConfig();
    const category = queueOfHall(this.config, hallId).categories.find((c) => c.id === categoryId)!;
    const date = shanghaiDateOf(now);
    const numbered = await this.client.send(
      new UpdateCommand(nextNumberParams(this.tableName, tenantId, { hallId, date, categoryId })),
    );
    const at = toShanghaiIso(now);
    const stored: StoredTicket = {
      ticket: {
        tenantId,
        hallId,
        date,
        categoryId,
        kind: 'walk-in',
        priority: false,
        status: 'queued',
        windowIds: category.windowIds,
        arrivedAt: at,
        calls: 0,
        handlers: [],
        record: {},
        history: [{ at, action: 'issued', actor: CITIZEN_ACTOR }],
        code: generateBookingCode((n) => randomBytes(n)),
        number: formatTicketNumber(category.prefix, numbered.Attributes?.n as number),
      },
      version: 1,
    };
    await this.client.send(
      new TransactWriteCommand(
        createTicketParams(this.tableName, {
          ticket: stored,
          events: [ticketEvent('issued', stored, CITIZEN_ACTOR, now)],
        }).params,
      ),
    );
    // The answer: the ticket read back by its code, and the queue for its position.
    await this.readConfig();
    const code = stored.ticket.code;
    const pointer = await this.client.send(
      new GetCommand(ticketPointerParams(this.tableName, tenantId, code)),
    );
    if (!pointer.Item) return 'ticket_not_found';
    await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: ticketKey(tenantId, { hallId, date, code }),
        ConsistentRead: true,
      }),
    );
    await this.readQueue(date, liveQueueParams);
    return 'ok';
  }

  async callNext(caller: { windowId: string; staffId: string }): Promise<string> {
    await this.readConfig();
    const { rules } = queueOfHall(this.config, this.scene.hallId);
    for (let read = 0; read < MAX_READS; read++) {
      const now = this.now();
      const queue = await this.readQueue(shanghaiDateOf(now), openQueueParams);
      const versions = new Map(queue.map((s) => [s.ticket.code, s]));
      const order = callOrder(
        queue.map((s) => s.ticket),
        caller.windowId,
        rules,
        now,
      );
      if (order.length === 0) return 'queue_empty';
      for (const candidate of order) {
        const before = versions.get(candidate.code)!;
        const after: StoredTicket = {
          ...before,
          ticket: callTicket(before.ticket, caller.windowId, { actor: caller.staffId, now }),
          version: before.version + 1,
        };
        try {
          await this.client.send(
            new TransactWriteCommand(
              saveTicketParams(this.tableName, {
                ticket: after,
                expectedVersion: before.version,
                events: [ticketEvent('called', after, caller.staffId, now)],
              }).params,
            ),
          );
          return 'ok';
        } catch (error) {
          if ((error as Error).name !== 'TransactionCanceledException') throw error;
        }
      }
    }
    return 'queue_busy';
  }

  /** The live range (the ticket answer: open tickets and served counters) or the open tickets (call-next). */
  private async readQueue(
    date: string,
    params: typeof openQueueParams | typeof liveQueueParams,
  ): Promise<StoredTicket[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand(params(this.tableName, this.scene.tenantId, this.scene.hallId, date, startKey)),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items.filter((i) => i.entity === 'OpenTicket').map(storedOfItem);
  }

  private readConfig() {
    return Promise.all([
      this.client.send(new GetCommand(getConfigParams(this.tableName, this.scene.tenantId))),
      this.client.send(new GetCommand(getNationalScheduleHeadParams(this.tableName))),
    ]);
  }
}
