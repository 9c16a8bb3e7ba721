import { type DynamoLocal, startDynamoLocal } from '@openhall/store/local';
import type { TestProject } from 'vitest/node';

/**
 * One in-memory DynamoDB Local per test worker for the whole integration run, each on a free port so
 * parallel runs on one machine do not collide; each test file makes its own table (see
 * fresh-table.ts) on the DynamoDB Local of the worker it runs in, so files running at the same time
 * do not queue on one Java process.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workers = Math.max(1, Number(project.config.maxWorkers || project.vitest.config.maxWorkers) || 1);
  // Java starts slowly on a loaded machine (several test runs at once): give it two minutes.
  const started = await Promise.allSettled(
    Array.from({ length: workers }, () => startDynamoLocal({ port: 0, startTimeoutMs: 120_000 })),
  );
  const locals = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stopAll = async () => {
    await Promise.all(locals.map((local: DynamoLocal) => local.stop()));
  };
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await stopAll();
    throw failed.reason;
  }
  project.provide(
    'dynamoEndpoints',
    locals.map((local) => local.endpoint),
  );
  return stopAll;
}
