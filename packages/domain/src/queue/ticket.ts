import { z } from 'zod';
import { BookingCodeSchema, ShanghaiDateTimeSchema } from '../booking/booking-schemas.js';
import { CommitmentSchema } from '../care/commitment.js';
import { LocalDateSchema, LocalizedTextSchema, SlugSchema, TextLinesSchema } from '../shared/primitives.js';

/**
 * queued → called → serving → finished; a called ticket nobody answers is `missed` after the hall's
 * `maxCalls`; `parked` waits for missing papers. Requeue and transfer put it back to `queued`.
 */
export const TicketStatusSchema = z
  .enum(['queued', 'called', 'serving', 'finished', 'missed', 'parked'])
  .meta({ id: 'TicketStatus' });
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

/** A seconds-precision instant in +08:00 (queue events are ordered to the second). */
export const InstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
  .meta({ id: 'Instant', example: '2026-11-30T09:31:12+08:00' });

export const TicketActionSchema = z.enum([
  'issued',
  'checked-in',
  'called',
  'recalled',
  'accepted',
  'completed',
  'missed',
  'parked',
  'requeued',
  'transferred',
  'confirmed',
]);
export type TicketAction = z.infer<typeof TicketActionSchema>;

/** One line of a ticket's trail: who did what, when, at which window. */
export const TicketChangeSchema = z
  .object({
    at: InstantSchema,
    action: TicketActionSchema,
    /** A staff id, `citizen` or `system`. */
    actor: z.string().min(1).max(128),
    windowId: SlugSchema.optional(),
    note: TextLinesSchema(500, 0).optional(),
  })
  .meta({ id: 'TicketChange' });
export type TicketChange = z.infer<typeof TicketChangeSchema>;

/** 办件 outcome: done; 一次告知 of missing materials (the full list); referred elsewhere. */
export const ServiceOutcomeSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('completed') }),
    z.object({
      kind: z.literal('missing-materials'),
      /** The ONE complete list: the applicant never comes back for something not on it. */
      materials: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
    }),
    z.object({ kind: z.literal('referred'), to: z.string().trim().min(1).max(200) }),
  ])
  .meta({ id: 'ServiceOutcome' });
export type ServiceOutcome = z.infer<typeof ServiceOutcomeSchema>;

/** Flags computed from the calendar and the hall's hours, never typed by staff. */
export const ServiceFlagsSchema = z
  .object({
    /** Served (partly) in the lunch break of a working day. */
    lunch: z.boolean(),
    /** 延时服务: finished after the hall's closing. */
    extended: z.boolean(),
    minutesPastClosing: z.number().int().min(0),
    restday: z.boolean(),
    holiday: z.boolean(),
    appointment: z.boolean(),
  })
  .meta({ id: 'ServiceFlags' });
export type ServiceFlags = z.infer<typeof ServiceFlagsSchema>;

/** 办件记录: the service record of one ticket (a booking's goes with its appointment ticket). */
export const ServiceRecordSchema = z
  .object({
    windowId: SlugSchema.optional(),
    matterId: SlugSchema.optional(),
    calledAt: InstantSchema.optional(),
    acceptedAt: InstantSchema.optional(),
    completedAt: InstantSchema.optional(),
    handler1: z.string().min(1).max(128).optional(),
    handler2: z.string().min(1).max(128).optional(),
    outcome: ServiceOutcomeSchema.optional(),
    /** 受理时限 of the matter (minutes) and whether acceptance (call → accepted) kept it. */
    acceptanceMinutes: z.number().int().optional(),
    acceptedInTime: z.boolean().optional(),
    /** 承诺时限 of the matter in working days (null when not published). */
    promisedDays: z.number().int().nullable().optional(),
    flags: ServiceFlagsSchema.optional(),
    /** When the applicant confirmed on their phone (instead of a paper signature). */
    confirmedAt: InstantSchema.optional(),
    /** 承诺办理: accepted on the applicant's signed commitment (a commitment-based matter only). */
    commitment: CommitmentSchema.optional(),
  })
  .meta({ id: 'ServiceRecord' });
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;

/** 取号 ticket: a walk-in from the kiosk, or a booking checked in (its code is the ticket's code). */
export const TicketSchema = z
  .object({
    /** The ticket's code (the booking's code for an appointment): what the citizen's page is found by. */
    code: BookingCodeSchema,
    tenantId: SlugSchema,
    hallId: SlugSchema,
    date: LocalDateSchema,
    categoryId: SlugSchema,
    /** Shown and called: prefix and number, e.g. A023. */
    number: z.string().regex(/^[A-Z]\d{3,}$/),
    kind: z.enum(['walk-in', 'appointment']),
    priority: z.boolean(),
    bookingCode: BookingCodeSchema.optional(),
    /** The booking's start: when the appointment is due. */
    appointmentAt: ShanghaiDateTimeSchema.optional(),
    matterId: SlugSchema.optional(),
    status: TicketStatusSchema,
    /** Windows that may call it now (its category's, or the one it was transferred to). */
    windowIds: z.array(SlugSchema).min(1),
    /** Arrival: issue or check-in time; order among walk-ins. */
    arrivedAt: InstantSchema,
    /** When it last went back to the queue (called and requeued): the cool-down counts from here. */
    requeuedAt: InstantSchema.optional(),
    calls: z.number().int().min(0),
    lastCalledAt: InstantSchema.optional(),
    /** The window that called it last (shown on the board). */
    windowId: SlugSchema.optional(),
    /** 首问负责: the first staff member who served it, and everyone it was handed to after. */
    handlers: z.array(z.string().min(1).max(128)),
    /** Masked phone (139****5678) when the citizen gave one; the hash alone is kept besides. */
    phoneMasked: z.string().max(20).optional(),
    parkedNote: TextLinesSchema(500, 0).optional(),
    record: ServiceRecordSchema,
    history: z.array(TicketChangeSchema),
  })
  .meta({ id: 'Ticket' });
export type Ticket = z.infer<typeof TicketSchema>;

/** A ticket as the public sees it on the board or the citizen's page: no phone, no handlers. */
export const CalledTicketSchema = z
  .object({
    number: z.string(),
    windowId: SlugSchema,
    windowCode: z.string(),
    windowName: LocalizedTextSchema,
    calledAt: InstantSchema,
    calls: z.number().int(),
  })
  .meta({ id: 'CalledTicket' });
export type CalledTicket = z.infer<typeof CalledTicketSchema>;
