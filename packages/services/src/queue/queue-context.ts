import { randomUUID } from 'node:crypto';
import {
  completedWithinPromise,
  type DomainEvent,
  EVENT_CATALOGUE,
  type HallQueue,
  isCatalogued,
  NotFoundError,
  NotYourWindowError,
  QUEUE_EVENT_TYPES,
  queueOfHall,
  type ServiceWindow,
  type StoredTicket,
  type TenantConfig,
  type TicketAction,
  toShanghaiIso,
} from '@openhall/domain';
import type { StaffActor } from './queue-deps.js';

/** Roles that may act at any window of the tenant (they stand in), besides the window's own staff. */
const ANY_WINDOW = ['section-manager', 'district-admin'];

export function windowOf(config: TenantConfig, windowId: string): ServiceWindow {
  const window = config.windows.find((w) => w.id === windowId && !w.retired);
  if (!window) throw new NotFoundError(`window "${windowId}"`, 'window_not_found');
  return window;
}

/** The staff member serves at this window (their directory says so), or stands in for every window. */
export function assertServes(config: TenantConfig, actor: StaffActor, windowId: string): void {
  if (actor.roles.some((r) => ANY_WINDOW.includes(r))) return;
  const member = config.staff.find((s) => s.id === actor.staffId && !s.retired);
  if (!actor.roles.includes('window') || !member?.windowIds.includes(windowId))
    throw new NotYourWindowError(windowId);
}

export function hallQueue(config: TenantConfig, hallId: string): HallQueue {
  return queueOfHall(config, hallId);
}

/**
 * The facts the reports count a ticket's event by, beside the ticket's own: the matter's 进驻单位
 * (else the window's), the wait to the first call, whether acceptance and completion kept their
 * limits, and the service's flags. Ids, minutes and booleans only.
 */
function reportFactsOf(
  action: TicketAction,
  t: StoredTicket['ticket'],
  config: TenantConfig | undefined,
  now: Date,
): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  if (t.matterId) facts.matterId = t.matterId;
  if (config) {
    const matter = t.matterId ? config.matters.find((m) => m.id === t.matterId) : undefined;
    const window = t.windowId ? config.windows.find((w) => w.id === t.windowId) : undefined;
    const departmentId = matter?.departmentId ?? window?.departmentId;
    if (departmentId) facts.departmentId = departmentId;
  }
  // 取号到叫号, once per visit: the first call only (a requeued or transferred ticket is called again).
  if (action === 'called' && t.history.filter((h) => h.action === 'called').length === 1)
    facts.waitMinutes = Math.max(0, Math.floor((now.getTime() - Date.parse(t.arrivedAt)) / 60_000));
  if (action === 'accepted' && typeof t.record.acceptedInTime === 'boolean')
    facts.acceptedWithinLimit = t.record.acceptedInTime;
  if (action === 'completed') {
    if (t.record.flags) facts.flags = t.record.flags;
    const within = config ? completedWithinPromise(config, t.record, t.hallId) : undefined;
    if (within !== undefined) facts.completedWithinLimit = within;
  }
  return facts;
}

/**
 * The domain event of a ticket change: ids and facts only, never the phone. With the tenant's
 * configuration it carries what the reports count by (see `reportFactsOf`).
 */
export function ticketEvent(
  action: TicketAction,
  stored: StoredTicket,
  actor: string,
  now: Date,
  extra: Record<string, unknown> = {},
  config?: TenantConfig,
): DomainEvent {
  const t = stored.ticket;
  const booking = action === 'checked-in';
  const type = QUEUE_EVENT_TYPES[action as keyof typeof QUEUE_EVENT_TYPES];
  return {
    eventId: randomUUID(),
    type,
    version: isCatalogued(type) ? EVENT_CATALOGUE[type].version : 1,
    tenantId: t.tenantId,
    occurredAt: toShanghaiIso(now),
    actor,
    subject: booking ? { kind: 'booking', id: t.bookingCode ?? t.code } : { kind: 'ticket', id: t.code },
    data: {
      hallId: t.hallId,
      date: t.date,
      number: t.number,
      categoryId: t.categoryId,
      kind: t.kind,
      priority: t.priority,
      status: t.status,
      ...(t.windowId ? { windowId: t.windowId } : {}),
      ...(t.bookingCode ? { bookingCode: t.bookingCode } : {}),
      calls: t.calls,
      ...reportFactsOf(action, t, config, now),
      ...extra,
    },
  };
}

/**
 * 承诺办理: the applicant's commitment signed when the record was accepted (ids, a count and a date
 * only; what was committed stays on the record).
 */
export function commitmentSignedEvent(stored: StoredTicket, actor: string, now: Date): DomainEvent {
  const t = stored.ticket;
  const c = t.record.commitment!;
  return {
    eventId: randomUUID(),
    type: 'commitment.signed',
    version: 1,
    tenantId: t.tenantId,
    occurredAt: toShanghaiIso(now),
    actor,
    subject: { kind: 'service-record', id: t.code },
    data: {
      recordId: t.code,
      hallId: t.hallId,
      matterId: c.matterId,
      ...(t.windowId ? { windowId: t.windowId } : {}),
      ...(t.bookingCode ? { bookingCode: t.bookingCode } : {}),
      missingMaterials: c.missingMaterials.length,
      ...(c.promisedBy ? { promisedBy: c.promisedBy } : {}),
      signedBy: c.signedBy,
    },
  };
}
