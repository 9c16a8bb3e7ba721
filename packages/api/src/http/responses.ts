import { ProblemSchema } from './problem.js';

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };

/** The problem responses a route may answer, for the OpenAPI document. */
export function problemResponses(...statuses: number[]) {
  const descriptions: Record<number, string> = {
    400: 'Invalid input: every field error is listed',
    401: 'Missing, forged or expired token',
    403: 'The account may not act for this tenant',
    404: 'Not found',
    409: 'Conflict',
    413: 'Too large',
    422: 'A rule forbids it',
    428: 'If-Match is required',
    429: 'Too many requests',
  };
  return Object.fromEntries(
    statuses.map((s) => [s, { description: descriptions[s] ?? 'Error', content: problemContent }]),
  );
}
