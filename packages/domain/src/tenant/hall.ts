import { z } from 'zod';
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
  })
  .meta({ id: 'Hall' });
export type Hall = z.infer<typeof HallSchema>;
