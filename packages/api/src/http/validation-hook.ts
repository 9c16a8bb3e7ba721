import type { Hook } from '@hono/zod-openapi';
import { fieldErrorsOf } from '@openhall/domain';
import { problem, problemResponse } from './problem-response.js';

const WHERE: Record<string, string> = {
  json: 'the request body',
  query: 'the query string',
  param: 'the path',
  header: 'the headers',
};

/** Turns a failed zod validation into a 400 problem that lists every field error. */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by every route shape
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (result.success) return;
  const where = WHERE[result.target] ?? result.target;
  return problemResponse(
    problem(400, 'validation_failed', `Some fields in ${where} are not valid.`, {
      errors: fieldErrorsOf(result.error, result.target === 'json' ? '' : `/${result.target}`),
    }),
  );
};
