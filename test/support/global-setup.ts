import { type DynamoLocal, startDynamoLocal } from '@openhall/store/local';
import type { TestProject } from 'vitest/node';

/**
 * The JVM's first-tier compiler only: a test run is minutes of short requests, and on two cores the
 * optimising compiler's work competed with the requests themselves. Without it DynamoDB Local spent
 * 23 % less CPU on the reminder proof at 400 bookings (53 s against 69 s) on this machine.
 */
const QUICK_JIT = '-XX:TieredStopAtLevel=1';

/** Runs `start` with `options` added to the options every Java process started meanwhile reads. */
async function withJavaOptions<T>(options: string, start: () => Promise<T>): Promise<T> {
  const before = process.env.JAVA_TOOL_OPTIONS;
  process.env.JAVA_TOOL_OPTIONS = before ? `${before} ${options}` : options;
  try {
    return await start();
  } finally {
    if (before === undefined) delete process.env.JAVA_TOOL_OPTIONS;
    else process.env.JAVA_TOOL_OPTIONS = before;
  }
}

/**
 * One in-memory DynamoDB Local per test worker for the whole integration run, each on a free port so
 * parallel runs on one machine do not collide; each test file makes its own table (see
 * fresh-table.ts) on the DynamoDB Local of the worker it runs in, so files running at the same time
 * do not queue on one Java process.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workers = Math.max(1, Number(project.config.maxWorkers || project.vitest.config.maxWorkers) || 1);
  // Java starts slowly on a loaded machine (several test runs at once): give it two minutes.
  const started = await withJavaOptions(QUICK_JIT, () =>
    Promise.allSettled(
      Array.from({ length: workers }, () => startDynamoLocal({ port: 0, startTimeoutMs: 120_000 })),
    ),
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
