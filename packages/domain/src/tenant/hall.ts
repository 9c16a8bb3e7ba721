import { z } from 'zod';
import { HallQueueSchema } from '../queue/hall-queue.js';
import { LocalizedTextSchema, PublicPhoneSchema, SlugSchema } from '../shared/primitives.js';
import { OpeningPolicySchema } from './opening-policy.js';

/** 政务服务大厅 (district hall) or 便民服务中心 (street/town convenience centre). */
export const HallSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    kind: z.enum(['district-hall', 'convenience-centre']),
    address: LocalizedTextSchema,
    phone: PublicPhoneSchema.optional(),
    openingPolicy: OpeningPolicySchema,
    /** 取号/叫号: kiosk categories and calling rules; derived from the departments when absent. */
    queue: HallQueueSchema.optional(),
  })
  .meta({ id: 'Hall' });
export type Hall = z.infer<typeof HallSchema>;
