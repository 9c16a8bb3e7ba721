import {
  type CalledTicket,
  callOrder,
  hallDay,
  isLate,
  type LocalizedText,
  maskPhone,
  NotFoundError,
  pastClosing,
  positionOf,
  shanghaiDateOf,
  shanghaiTimeOf,
  type Ticket,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { ticketOf } from './change-ticket.js';
import { assertServes, hallQueue, windowOf } from './queue-context.js';
import type { QueueDeps, StaffActor } from './queue-deps.js';

/** How many recent calls the board shows. */
export const BOARD_CALLS = 8;

export interface WindowQueueView {
  windowId: string;
  hallId: string;
  date: string;
  /** 延时服务: past closing with people still waiting or being served. */
  extended: boolean;
  /** Tickets called to or served at this window now. */
  current: Ticket[];
  /** What this window would call, in order. */
  waiting: Ticket[];
  /** Queued for this window but not callable yet (appointments before their time, a cool-down). */
  later: Ticket[];
  parked: Ticket[];
  finished: number;
}

/** A window's screen: one Query of the hall-day's live range (open tickets, served counters); with a priority ratio, one more of its last first calls. */
export async function windowQueue(
  deps: QueueDeps,
  tenantId: string,
  windowId: string,
  actor: StaffActor,
): Promise<WindowQueueView> {
  const now = deps.now();
  const config = await tenantConfigOf(deps, tenantId);
  const window = windowOf(config, windowId);
  assertServes(config, actor, windowId);
  const { rules } = hallQueue(config, window.hallId);
  const date = shanghaiDateOf(now);
  const ratio = rules.priorityRatio;
  const [{ open, served }, recent] = await Promise.all([
    deps.queueStore.liveQueueOf(tenantId, window.hallId, date),
    ratio
      ? deps.queueStore.recentCalls(tenantId, window.hallId, date, ratio.priority + ratio.normal - 1)
      : Promise.resolve([]),
  ]);
  const tickets = open.map((s) => s.ticket);
  const waiting = callOrder(tickets, windowId, rules, now, recent);
  const mine = (t: Ticket) => t.windowId === windowId;
  const active = tickets.filter(
    (t) => t.status === 'queued' || t.status === 'called' || t.status === 'serving',
  );
  return {
    windowId,
    hallId: window.hallId,
    date,
    extended: active.length > 0 && pastClosing(hallDay(config, window.hallId, date), shanghaiTimeOf(now)),
    current: tickets.filter((t) => mine(t) && (t.status === 'called' || t.status === 'serving')),
    waiting,
    later: tickets.filter(
      (t) => t.status === 'queued' && t.windowIds.includes(windowId) && !waiting.includes(t),
    ),
    parked: tickets.filter((t) => mine(t) && t.status === 'parked'),
    finished: served.windows[windowId] ?? 0,
  };
}

export interface BoardView {
  hallId: string;
  hallName: LocalizedText;
  /** Changes whenever a call or recall happens: the board's poll compares it. */
  cursor: string;
  calls: CalledTicket[];
  waiting: number;
}

/** The display board (叫号屏): the last calls of the hall today, newest first. */
export async function boardOf(deps: QueueDeps, tenantId: string, hallId: string): Promise<BoardView> {
  const now = deps.now();
  const config = await tenantConfigOf(deps, tenantId);
  hallQueue(config, hallId);
  const hall = config.halls.find((h) => h.id === hallId)!;
  const tickets = (await deps.queueStore.openQueueOf(tenantId, hallId, shanghaiDateOf(now))).map(
    (s) => s.ticket,
  );
  const called = tickets
    .filter((t) => t.lastCalledAt && t.windowId && (t.status === 'called' || t.status === 'serving'))
    .sort((a, b) => (a.lastCalledAt! < b.lastCalledAt! ? 1 : a.lastCalledAt! > b.lastCalledAt! ? -1 : 0))
    .slice(0, BOARD_CALLS);
  const calls = called.map((t) => {
    const w = config.windows.find((x) => x.id === t.windowId);
    return {
      number: t.number,
      windowId: t.windowId!,
      windowCode: w?.code ?? t.windowId!,
      windowName: w?.name ?? { zh: t.windowId!, en: t.windowId! },
      calledAt: t.lastCalledAt!,
      calls: t.calls,
    };
  });
  const waiting = tickets.filter((t) => t.status === 'queued').length;
  const cursor = `${calls.map((c) => `${c.number}.${c.calls}`).join(',')}#${waiting}`;
  return { hallId, hallName: hall.name, cursor, calls, waiting };
}

export interface PublicTicketView {
  code: string;
  number: string;
  status: Ticket['status'];
  kind: Ticket['kind'];
  hallId: string;
  hallName: LocalizedText;
  date: string;
  ahead: number;
  waitMinutes: number;
  window?: { id: string; code: string; name: LocalizedText };
  outcome?: NonNullable<Ticket['record']['outcome']>;
  completedAt?: string;
  confirmedAt?: string;
  /** 承诺办理: the commitment the applicant signed when it was accepted (no staff id). */
  commitment?: Omit<NonNullable<Ticket['record']['commitment']>, 'recordedBy'>;
}

/** The citizen's ticket page: position and estimated wait, or where to go, or what to confirm. No phone. */
export async function publicTicket(
  deps: QueueDeps,
  tenantId: string,
  code: string,
): Promise<PublicTicketView> {
  const config = await tenantConfigOf(deps, tenantId);
  const { ticket } = await ticketOf(deps, tenantId, code);
  const hall = config.halls.find((h) => h.id === ticket.hallId);
  if (!hall) throw new NotFoundError(`ticket "${code}"`, 'ticket_not_found');
  const { rules } = hallQueue(config, ticket.hallId);
  let ahead = 0;
  let waitMinutes = 0;
  if (ticket.status === 'queued') {
    const { open, served } = await deps.queueStore.liveQueueOf(tenantId, ticket.hallId, ticket.date);
    const tally = served.categories[ticket.categoryId] ?? { count: 0, serviceMs: 0 };
    ({ ahead, waitMinutes } = positionOf(
      open.map((s) => s.ticket),
      ticket,
      rules,
      tally,
    ));
  }
  const w = ticket.windowId ? config.windows.find((x) => x.id === ticket.windowId) : undefined;
  return {
    code: ticket.code,
    number: ticket.number,
    status: ticket.status,
    kind: ticket.kind,
    hallId: ticket.hallId,
    hallName: hall.name,
    date: ticket.date,
    ahead,
    waitMinutes,
    ...(w && ticket.status !== 'queued' ? { window: { id: w.id, code: w.code, name: w.name } } : {}),
    ...(ticket.record.outcome ? { outcome: ticket.record.outcome } : {}),
    ...(ticket.record.completedAt ? { completedAt: ticket.record.completedAt } : {}),
    ...(ticket.record.confirmedAt ? { confirmedAt: ticket.record.confirmedAt } : {}),
    ...(ticket.record.commitment ? { commitment: publicCommitment(ticket.record.commitment) } : {}),
  };
}

/** A ticket with its trail, for staff (phone masked only). */
export async function staffTicket(deps: QueueDeps, tenantId: string, code: string): Promise<Ticket> {
  return (await ticketOf(deps, tenantId, code)).ticket;
}

/** A booking of this window not checked in `lateLimitMinutes` after its start (phone masked). */
export interface LateBooking {
  code: string;
  start: string;
  phoneMasked: string;
}

/** The window's late bookings today: one Query of the hall-day's booking ledger. */
export async function lateBookings(
  deps: QueueDeps,
  tenantId: string,
  windowId: string,
  actor: StaffActor,
): Promise<LateBooking[]> {
  const now = deps.now();
  const config = await tenantConfigOf(deps, tenantId);
  const window = windowOf(config, windowId);
  assertServes(config, actor, windowId);
  const bookings = await deps.bookingStore.bookingsOfHallDay(tenantId, window.hallId, shanghaiDateOf(now));
  return bookings
    .map((s) => s.booking)
    .filter((b) => b.windowId === windowId && isLate(b, config.bookingPolicy, now))
    .map((b) => ({ code: b.code, start: b.start, phoneMasked: maskPhone(b.applicant.phone) }));
}

/** The commitment as the applicant sees it: what they signed, without the staff member's id. */
function publicCommitment(
  c: NonNullable<Ticket['record']['commitment']>,
): NonNullable<PublicTicketView['commitment']> {
  const { recordedBy: _staff, ...shown } = c;
  return shown;
}
