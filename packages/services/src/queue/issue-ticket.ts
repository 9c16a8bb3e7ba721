import {
  BookingNotFoundError,
  CheckInRefusedError,
  DomainError,
  formatTicketNumber,
  generateBookingCode,
  hallDay,
  maskPhone,
  NotFoundError,
  normalisePhone,
  parseShanghaiIso,
  pastClosing,
  QueueBusyError,
  type ServiceCategory,
  type StoredTicket,
  shanghaiDateOf,
  shanghaiTimeOf,
  type TenantConfig,
  type Ticket,
  toShanghaiIso,
  toShanghaiMinuteIso,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { hallQueue, ticketEvent } from './queue-context.js';
import type { QueueDeps } from './queue-deps.js';

/** The hall is closed today, or past its closing: no new ticket (those waiting are still served). */
export class HallClosedError extends DomainError {
  readonly code = 'hall_closed';
  constructor(readonly hallId: string) {
    super(`hall "${hallId}" issues no more tickets today`);
  }
}

function randomBytesOf(deps: QueueDeps): (n: number) => Uint8Array {
  return deps.randomBytes ?? ((n) => crypto.getRandomValues(new Uint8Array(n)));
}

/** Numbers the ticket and writes it, with a fresh code if a code happens to be taken. */
async function numberAndCreate(
  deps: QueueDeps,
  tenantId: string,
  category: ServiceCategory,
  base: Omit<Ticket, 'number' | 'code'> & { code?: string },
  extra: {
    phoneHash?: string;
    booking?: Parameters<QueueDeps['queueStore']['createTicket']>[0]['booking'];
    config?: TenantConfig;
  },
  actor: string,
  now: Date,
): Promise<StoredTicket | 'booking_changed'> {
  const seq = await deps.queueStore.nextNumber(tenantId, base.hallId, base.date, category.id);
  const number = formatTicketNumber(category.prefix, seq);
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = base.code ?? generateBookingCode(randomBytesOf(deps));
    const stored: StoredTicket = {
      ticket: { ...base, code, number },
      version: 1,
      ...(extra.phoneHash ? { phoneHash: extra.phoneHash } : {}),
    };
    const events = [
      ...(extra.booking ? [ticketEvent('checked-in', stored, actor, now, {}, extra.config)] : []),
      ticketEvent('issued', stored, actor, now, {}, extra.config),
    ];
    const outcome = await deps.queueStore.createTicket({
      ticket: stored,
      events,
      ...(extra.booking ? { booking: extra.booking } : {}),
    });
    if (outcome === 'created') return stored;
    if (outcome === 'booking_changed' || base.code) return 'booking_changed';
  }
  throw new QueueBusyError();
}

function categoryOf(config: TenantConfig, hallId: string, categoryId: string): ServiceCategory {
  const category = hallQueue(config, hallId).categories.find((c) => c.id === categoryId);
  if (!category) throw new NotFoundError(`category "${categoryId}"`, 'category_not_found');
  return category;
}

/**
 * 取号 at the kiosk (or by the desk for a priority case): the next number of the category today.
 * A phone, if given, is kept as a keyed hash and a mask only.
 */
export async function issueTicket(
  deps: QueueDeps,
  tenantId: string,
  input: { hallId: string; categoryId: string; priority: boolean; phone?: string | undefined },
  actor: string,
): Promise<StoredTicket> {
  const now = deps.now();
  const config = await tenantConfigOf(deps, tenantId);
  const category = categoryOf(config, input.hallId, input.categoryId);
  const date = shanghaiDateOf(now);
  const day = hallDay(config, input.hallId, date);
  if (day.intervals.length === 0 || pastClosing(day, shanghaiTimeOf(now)))
    throw new HallClosedError(input.hallId);
  const phone = input.phone ? normalisePhone(input.phone) : undefined;
  const created = await numberAndCreate(
    deps,
    tenantId,
    category,
    {
      tenantId,
      hallId: input.hallId,
      date,
      categoryId: category.id,
      kind: 'walk-in',
      priority: input.priority,
      status: 'queued',
      windowIds: category.windowIds,
      arrivedAt: toShanghaiIso(now),
      calls: 0,
      handlers: [],
      ...(phone ? { phoneMasked: maskPhone(phone) } : {}),
      record: {},
      history: [{ at: toShanghaiIso(now), action: 'issued', actor }],
    },
    phone ? { phoneHash: deps.hasher.personId(tenantId, phone), config } : { config },
    actor,
    now,
  );
  if (created === 'booking_changed') throw new QueueBusyError();
  return created;
}

/**
 * 签到: a booking of today at this hall joins its window's queue as an appointment ticket (its code
 * is the booking's), and the booking becomes `checked-in`, in one transaction. Scanning it again
 * answers the same ticket.
 */
export async function checkIn(
  deps: QueueDeps,
  tenantId: string,
  input: { code: string; hallId?: string | undefined },
  actor: string,
): Promise<StoredTicket> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = deps.now();
    const [config, stored] = await Promise.all([
      tenantConfigOf(deps, tenantId),
      deps.bookingStore.getBooking(tenantId, input.code),
    ]);
    if (!stored) throw new BookingNotFoundError();
    const { booking } = stored;
    if (booking.status === 'checked-in' || booking.status === 'completed') {
      const ticket = await deps.queueStore.getTicket(tenantId, booking.code);
      if (ticket) return ticket;
    }
    if (booking.status !== 'booked') throw new CheckInRefusedError('not-booked');
    if (input.hallId && input.hallId !== booking.hallId) throw new CheckInRefusedError('other-hall');
    const date = shanghaiDateOf(now);
    if (parseShanghaiIso(booking.start).date !== date) throw new CheckInRefusedError('other-day');
    const queue = hallQueue(config, booking.hallId);
    const category =
      queue.categories.find((c) => c.windowIds.includes(booking.windowId)) ??
      queue.categories.find((c) => c.matterIds.includes(booking.matterId));
    if (!category) throw new NotFoundError(`category of window "${booking.windowId}"`, 'category_not_found');
    const minute = toShanghaiMinuteIso(now);
    const after = {
      ...booking,
      status: 'checked-in' as const,
      updatedAt: minute,
      history: [...booking.history, { at: minute, action: 'checked-in' as const, actor }],
    };
    const created = await numberAndCreate(
      deps,
      tenantId,
      category,
      {
        code: booking.code,
        tenantId,
        hallId: booking.hallId,
        date,
        categoryId: category.id,
        kind: 'appointment',
        priority: false,
        bookingCode: booking.code,
        appointmentAt: booking.start,
        matterId: booking.matterId,
        status: 'queued',
        windowIds: [booking.windowId],
        arrivedAt: toShanghaiIso(now),
        calls: 0,
        handlers: [],
        phoneMasked: maskPhone(booking.applicant.phone),
        record: { matterId: booking.matterId },
        history: [{ at: toShanghaiIso(now), action: 'checked-in', actor }],
      },
      { phoneHash: stored.personId, booking: { before: stored, after }, config },
      actor,
      now,
    );
    if (created !== 'booking_changed') return created;
  }
  throw new QueueBusyError();
}
