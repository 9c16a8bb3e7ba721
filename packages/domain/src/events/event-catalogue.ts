import { z } from 'zod';
import { LocalDateSchema, SlugSchema } from '../shared/primitives.js';

const Code = z.string().min(1).max(32);
const Iso = z.string().min(16).max(40);
const Id = z.string().min(1).max(128);

const bookingFacts = {
  code: Code,
  matterId: SlugSchema,
  hallId: SlugSchema,
  windowId: SlugSchema,
  start: Iso,
  end: Iso,
  /** The booking's version after the change (1 when created). */
  bookingVersion: z.number().int().min(1),
};

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
  'booking.checked-in': { version: 1, subject: 'booking', data: z.object(bookingFacts) },
  'booking.no-show': { version: 1, subject: 'booking', data: z.object(bookingFacts) },
  /** The lateness check found it not checked in `lateLimitMinutes` after its start. */
  'booking.late': {
    version: 1,
    subject: 'booking',
    data: z.object({ ...bookingFacts, lateMinutes: z.number().int().min(0) }),
  },
  'ticket.issued': {
    version: 1,
    subject: 'ticket',
    data: z.object({
      ticketId: Id,
      number: z.string().max(16),
      hallId: SlugSchema,
      matterId: SlugSchema.optional(),
    }),
  },
  'ticket.called': {
    version: 1,
    subject: 'ticket',
    data: z.object({ ticketId: Id, number: z.string().max(16), hallId: SlugSchema, windowId: SlugSchema }),
  },
  'ticket.transferred': {
    version: 1,
    subject: 'ticket',
    data: z.object({ ticketId: Id, hallId: SlugSchema, fromWindowId: SlugSchema, toWindowId: SlugSchema }),
  },
  'service-record.accepted': {
    version: 1,
    subject: 'service-record',
    data: z.object({
      recordId: Id,
      matterId: SlugSchema,
      windowId: SlugSchema,
      bookingCode: Code.optional(),
    }),
  },
  'service-record.completed': {
    version: 1,
    subject: 'service-record',
    data: z.object({ recordId: Id, matterId: SlugSchema, windowId: SlugSchema }),
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
  'rating.given': {
    version: 1,
    subject: 'service-record',
    data: z.object({ recordId: Id, level: z.number().int().min(1).max(5), channel: z.string().max(16) }),
  },
  /** The nightly job recorded an unrated service record at the tenant's default level. */
  'rating.defaulted': {
    version: 1,
    subject: 'service-record',
    data: z.object({ recordId: Id, level: z.number().int().min(1).max(5) }),
  },
  'complaint.opened': {
    version: 1,
    subject: 'complaint',
    data: z.object({ complaintId: Id, recordId: Id.optional() }),
  },
  'complaint.closed': { version: 1, subject: 'complaint', data: z.object({ complaintId: Id }) },
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
} as const;

export type EventType = keyof typeof EVENT_CATALOGUE;
export type EventData<T extends EventType> = z.infer<(typeof EVENT_CATALOGUE)[T]['data']>;

/** The event types the catalogue knows, in catalogue order. */
export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

/** Whether a type is in the catalogue. */
export function isCatalogued(type: string): type is EventType {
  return Object.hasOwn(EVENT_CATALOGUE, type);
}
