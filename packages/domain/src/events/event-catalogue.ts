import { z } from 'zod';
import { TicketEventDataSchema } from '../queue/queue-events.js';
import { LeaveRequestEventDataSchema } from '../rota/leave-application.js';
import { LocalDateSchema, SlugSchema } from '../shared/primitives.js';

const Code = z.string().min(1).max(32);
const Iso = z.string().min(16).max(40);
const Id = z.string().min(1).max(128);

const bookingFacts = {
  code: Code,
  matterId: SlugSchema,
  /** The matter's 进驻单位 (bookings made before it was kept have none). */
  departmentId: SlugSchema.optional(),
  hallId: SlugSchema,
  windowId: SlugSchema,
  start: Iso,
  end: Iso,
  /** The booking's version after the change (1 when created). */
  bookingVersion: z.number().int().min(1),
};

/** Waits and limits the reports count, beside a ticket's facts (minutes and booleans only). */
const ServiceFlagsData = z.object({
  lunch: z.boolean(),
  extended: z.boolean(),
  minutesPastClosing: z.number().int().min(0),
  restday: z.boolean(),
  holiday: z.boolean(),
  appointment: z.boolean(),
});
/** What the queue writes of a ticket (v2): the ticket's facts and what the reports count by. */
const ticketFacts = TicketEventDataSchema.extend({
  matterId: SlugSchema.optional(),
  departmentId: SlugSchema.optional(),
  /** `ticket.called`, first call of the visit only: minutes from arrival (取号) to the call. */
  waitMinutes: z.number().int().min(0).optional(),
  /** `service-record.accepted`: accepted within the matter's 受理时限 (15 / 40 minutes). */
  acceptedWithinLimit: z.boolean().optional(),
  /** `service-record.completed`: within the matter's 承诺时限 (absent when none is published). */
  completedWithinLimit: z.boolean().optional(),
  /** `service-record.completed`: lunch, 延时 (and minutes past closing), rest day, holiday, appointment. */
  flags: ServiceFlagsData.optional(),
});
const RatingLevel = z.enum([
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
]);

/**
 * The catalogue of domain events: one zod schema of `data` per type and version. Every schema holds
 * ids and facts only, never a phone, name or organisation (a consumer that needs one reads the item
 * named by the event's `subject`). A new version of a type is a new entry; the old one stays until no
 * stored event carries it (outbox items live `OUTBOX_RETENTION_DAYS`). `docs/events.md` lists them.
 */
export const EVENT_CATALOGUE = {
  'booking.created': {
    version: 1,
    subject: 'booking',
    data: z.object({ ...bookingFacts, channel: z.string() }),
  },
  'booking.rescheduled': {
    version: 1,
    subject: 'booking',
    data: z.object({ ...bookingFacts, previous: z.object({ start: Iso, end: Iso, windowId: SlugSchema }) }),
  },
  'booking.cancelled': { version: 1, subject: 'booking', data: z.object(bookingFacts) },
  'booking.stranded': {
    version: 1,
    subject: 'booking',
    data: z.object({ ...bookingFacts, reason: z.string(), configVersion: z.number().int().min(1) }),
  },
  /** v2: the queue's check-in writes it with the appointment ticket's facts (v1 had the booking's). */
  'booking.checked-in': { version: 2, subject: 'booking', data: ticketFacts },
  /** v2: the desk closes a late booking whose applicant gave up; the facts without the booking's version. */
  'booking.no-show': {
    version: 2,
    subject: 'booking',
    data: z.object({
      ...bookingFacts,
      bookingVersion: z.number().int().min(1).optional(),
      gaveUp: z.boolean().optional(),
    }),
  },
  /** The lateness check found it not checked in `lateLimitMinutes` after its start. */
  'booking.late': {
    version: 1,
    subject: 'booking',
    data: z.object({ ...bookingFacts, lateMinutes: z.number().int().min(0) }),
  },
  /** v2: the queue's ticket facts (v1 named a `ticketId` the queue never wrote). */
  'ticket.issued': { version: 2, subject: 'ticket', data: ticketFacts },
  /** v2: with `waitMinutes` on the visit's first call. */
  'ticket.called': { version: 2, subject: 'ticket', data: ticketFacts },
  'ticket.transferred': {
    version: 1,
    subject: 'ticket',
    data: z.object({ ticketId: Id, hallId: SlugSchema, fromWindowId: SlugSchema, toWindowId: SlugSchema }),
  },
  /** v2: the ticket's facts and `acceptedWithinLimit`. */
  'service-record.accepted': { version: 2, subject: 'ticket', data: ticketFacts },
  /** v2: the ticket's facts, `outcome` (completed, missing-materials 一次告知, referred), flags and limit. */
  'service-record.completed': {
    version: 2,
    subject: 'ticket',
    data: ticketFacts.extend({ outcome: z.enum(['completed', 'missing-materials', 'referred']) }),
  },
  /** v2: as the ratings feature writes it: the level by name, the handling department and window. */
  'rating.given': {
    version: 2,
    subject: 'rating',
    data: z.object({
      serviceRecordId: Id,
      departmentId: z.string().max(64),
      windowId: z.string().max(64).optional(),
      handlerIds: z.array(z.string().max(128)).max(20),
      level: RatingLevel,
      channel: z.string().max(16),
      identified: z.boolean(),
    }),
  },
  /** 承诺办理: a record of a commitment-based matter accepted on the applicant's signed commitment. */
  'commitment.signed': {
    version: 1,
    subject: 'service-record',
    data: z.object({
      recordId: Id,
      hallId: SlugSchema,
      matterId: SlugSchema,
      windowId: SlugSchema.optional(),
      bookingCode: Code.optional(),
      /** How many materials were missing and promised (their names stay on the record). */
      missingMaterials: z.number().int().min(0).max(50),
      promisedBy: LocalDateSchema.optional(),
      signedBy: z.enum(['applicant', 'agent']),
    }),
  },
  /** v2: the nightly job recorded an unrated service at the tenant's default level. */
  'rating.defaulted': {
    version: 2,
    subject: 'rating',
    data: z.object({ serviceRecordId: Id, departmentId: z.string().max(64), level: RatingLevel }),
  },
  /** 回访 of a 差评, and whether it kept `callbackDueAt`. */
  'follow-up.called-back': {
    version: 1,
    subject: 'follow-up',
    data: z.object({
      departmentId: z.string().max(64),
      status: z.string().max(32),
      onTime: z.boolean().optional(),
    }),
  },
  /** 整改 of a 差评, and whether it kept `fixDueAt`. */
  'follow-up.fixed': {
    version: 1,
    subject: 'follow-up',
    data: z.object({
      departmentId: z.string().max(64),
      status: z.string().max(32),
      onTime: z.boolean().optional(),
    }),
  },
  /** v2: by channel (web, phone, the two windows, 12345, a bad rating), with its deadline. */
  'complaint.opened': {
    version: 2,
    subject: 'complaint',
    data: z.object({
      channel: z.string().max(32),
      dueAt: Iso,
      ratingId: Id.optional(),
      departmentId: SlugSchema.optional(),
    }),
  },
  /** v2: closed, by its channel, and whether by its deadline. */
  'complaint.closed': {
    version: 2,
    subject: 'complaint',
    data: z.object({
      status: z.string().max(32),
      channel: z.string().max(32),
      departmentId: SlugSchema.optional(),
      ownerStaffId: z.string().max(128).optional(),
      onTime: z.boolean().optional(),
    }),
  },
  /** 上门服务 or 错时（预约）服务 done, by its kind and department. */
  'visit.completed': {
    version: 1,
    subject: 'visit',
    data: z.object({
      kind: z.enum(['door-to-door', 'out-of-hours']),
      departmentId: z.string().max(64).optional(),
      staffIds: z.array(z.string().max(128)).max(20),
      timeOffInLieu: z.unknown().optional(),
    }),
  },
  /** 特事特办 or 帮办代办 opened with its owner and due time (a help case counts when assigned). */
  'case.opened': {
    version: 1,
    subject: 'case',
    data: z.object({
      kind: z.enum(['special-handling', 'help']),
      departmentId: z.string().max(64),
      ownerStaffId: z.string().max(128),
      dueAt: Iso,
      /** 帮办代办: whom the help is for (a person or a project), and a key project's flag. */
      subject: z.enum(['person', 'project']).optional(),
      keyProject: z.boolean().optional(),
    }),
  },
  /** A case handed to another staff member (帮办代办 reassigned); names stay on the record. */
  'case.reassigned': {
    version: 1,
    subject: 'case',
    data: z.object({
      from: z.string().max(128),
      to: z.string().max(128),
      departmentId: z.string().max(64),
    }),
  },
  /** A case done, and whether by its due time (特事特办 on time or overdue). */
  'case.done': {
    version: 1,
    subject: 'case',
    data: z.object({
      status: z.literal('done'),
      kind: z.enum(['special-handling', 'help']),
      departmentId: z.string().max(64),
      onTime: z.boolean().optional(),
    }),
  },
  /** 寄送 requested: one-way or two-way. */
  'mailing.requested': {
    version: 1,
    subject: 'mailing',
    data: z.object({ direction: z.string().max(32) }),
  },
  'config.changed': {
    version: 1,
    subject: 'config',
    data: z.object({
      configVersion: z.number().int().min(1),
      action: z.string().max(64),
      /** JSON pointers of what changed (no values: they may hold names and phones). */
      paths: z.array(z.string().max(200)).max(200),
    }),
  },
  /** The nightly job closed a tenant's day: the reports roll up what happened on `date`. */
  'day.closed': { version: 1, subject: 'day', data: z.object({ date: LocalDateSchema }) },
  /** The morning job listed what is overdue, per owner (a window or a section). */
  'overdue.listed': {
    version: 1,
    subject: 'day',
    data: z.object({
      date: LocalDateSchema,
      items: z.array(z.object({ kind: z.string().max(32), id: Id, ownerId: SlugSchema })).max(500),
    }),
  },
  /** A member asked for 调休 (time off in lieu), naming who covers. */
  'leave-request.requested': { version: 1, subject: 'leave-request', data: LeaveRequestEventDataSchema },
  /** A section manager approved it: the absence, the cover and the ledger line were written with it. */
  'leave-request.approved': { version: 1, subject: 'leave-request', data: LeaveRequestEventDataSchema },
  /** A section manager refused it (the reason is on the request's trail). */
  'leave-request.refused': { version: 1, subject: 'leave-request', data: LeaveRequestEventDataSchema },
  /** The member withdrew it before a decision. */
  'leave-request.withdrawn': { version: 1, subject: 'leave-request', data: LeaveRequestEventDataSchema },
} as const;

export type EventType = keyof typeof EVENT_CATALOGUE;
export type EventData<T extends EventType> = z.infer<(typeof EVENT_CATALOGUE)[T]['data']>;

/** The event types the catalogue knows, in catalogue order. */
export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

/** Whether a type is in the catalogue. */
export function isCatalogued(type: string): type is EventType {
  return Object.hasOwn(EVENT_CATALOGUE, type);
}
