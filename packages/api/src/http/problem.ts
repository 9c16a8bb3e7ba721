import { FieldErrorSchema } from '@openhall/domain';
import { z } from 'zod';

/** RFC 9457 problem details, with a stable machine `code`. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;

// Building and sending a problem is in problem-response.ts, which needs no zod: the Lambda's cold
// entry answers with it before the app (and zod) are loaded.
