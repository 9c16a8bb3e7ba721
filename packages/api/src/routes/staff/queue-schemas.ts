import {
  ApplicantSchema,
  BookingCodeInputSchema,
  CalledTicketSchema,
  CommitmentInputSchema,
  CommitmentSchema,
  InstantSchema,
  LocalizedTextSchema,
  ServiceOutcomeSchema,
  SlugSchema,
  TicketSchema,
} from '@openhall/domain';
import { z } from 'zod';
import { TenantParamSchema } from '../../http/tenant-param.js';

export const TicketCodeParamSchema = TenantParamSchema.extend({
  code: BookingCodeInputSchema.meta({ param: { name: 'code', in: 'path' } }),
});
export const WindowParamSchema = TenantParamSchema.extend({
  windowId: SlugSchema.meta({ param: { name: 'windowId', in: 'path' }, example: 'b02' }),
});
export const HallParamSchema = TenantParamSchema.extend({
  hallId: SlugSchema.meta({ param: { name: 'hallId', in: 'path' }, example: 'zaozhuang-gxq-hall' }),
});

/** What a window does to a ticket it holds. */
export const TicketCommandSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('recall') }),
    z.object({ action: z.literal('miss') }),
    z.object({
      action: z.literal('accept'),
      matterId: SlugSchema.optional(),
      /** 承诺办理: accept on the applicant's signed commitment (a commitment-based matter only). */
      commitment: CommitmentInputSchema.optional(),
    }),
    z.object({
      action: z.literal('complete'),
      outcome: ServiceOutcomeSchema,
      handler2: SlugSchema.optional(),
    }),
    z.object({ action: z.literal('park'), note: z.string().trim().max(500).optional() }),
    z.object({ action: z.literal('requeue') }),
    z.object({ action: z.literal('transfer'), windowId: SlugSchema }),
  ])
  .meta({ id: 'TicketCommand' });

export const IssueTicketRequestSchema = z
  .object({
    categoryId: SlugSchema,
    /** Elderly, disabled or pregnant: the kiosk's own button, or staff. */
    priority: z.boolean().default(false),
    /** Optional: the ticket follows the citizen to their phone. Kept only as a keyed hash and a mask. */
    phone: ApplicantSchema.shape.phone.optional(),
  })
  .meta({ id: 'IssueTicketRequest' });

export const CheckInRequestSchema = z
  .object({ code: BookingCodeInputSchema, hallId: SlugSchema.optional() })
  .meta({ id: 'CheckInRequest' });

export const PublicTicketSchema = z
  .object({
    code: z.string(),
    number: z.string(),
    status: TicketSchema.shape.status,
    kind: TicketSchema.shape.kind,
    hallId: SlugSchema,
    hallName: LocalizedTextSchema,
    date: z.string(),
    /** People before it in its category (priority first, then by time). */
    ahead: z.number().int(),
    /** Estimated minutes until its call. */
    waitMinutes: z.number().int(),
    window: z.object({ id: SlugSchema, code: z.string(), name: LocalizedTextSchema }).optional(),
    outcome: ServiceOutcomeSchema.optional(),
    completedAt: InstantSchema.optional(),
    confirmedAt: InstantSchema.optional(),
    /** 承诺办理: the commitment the applicant signed at acceptance (no staff id). */
    commitment: CommitmentSchema.omit({ recordedBy: true }).optional(),
  })
  .meta({ id: 'PublicTicket' });

export const BoardSchema = z
  .object({
    hallId: SlugSchema,
    hallName: LocalizedTextSchema,
    cursor: z.string(),
    calls: z.array(CalledTicketSchema),
    waiting: z.number().int(),
  })
  .meta({ id: 'Board' });

export const WindowQueueSchema = z
  .object({
    windowId: SlugSchema,
    hallId: SlugSchema,
    date: z.string(),
    extended: z.boolean(),
    current: z.array(TicketSchema),
    waiting: z.array(TicketSchema),
    later: z.array(TicketSchema),
    parked: z.array(TicketSchema),
    finished: z.number().int(),
  })
  .meta({ id: 'WindowQueue' });
