import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Unit files run one after another in a worker that keeps its loaded dependencies, instead of a
 * fresh process per file: starting a process and loading them again for each of some 230 small files
 * took most of the unit run. The setup file makes each file import the workspace's own modules
 * afresh and undoes what it may leave behind in the process (stubbed environment variables and
 * globals, spies, fake timers). Integration files stay isolated.
 */
const sharedWorker = {
  isolate: false,
  setupFiles: ['test/support/shared-worker-setup.ts'],
  // A hang guard, not a speed limit: the calendar's whole-range comparisons take 1-3 s each and went
  // past the 5 s default on this loaded 2-core machine.
  testTimeout: 30_000,
};

/**
 * The files that take longest (the reminder proof at 1,000 bookings and under faults, the contention
 * races, the queue's browser walk), started first so a run does not end with one of them going on
 * alone. Vitest orders by the durations of the last run when it has them; a fresh clone has none.
 */
const LONGEST_FIRST = [
  'test/events/reminders.test.ts',
  'test/booking/contention.test.ts',
  'test/events/reminders-retried.test.ts',
  'test/events/reminders-twice.test.ts',
  'test/queue/queue-contention.test.ts',
  'test/browser/queue-day.test.ts',
];

class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((path) => file.moduleId.endsWith(path));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    return sorted
      .map((file, i) => ({ file, i }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirstSequencer },
    // One test file per core. Vitest's default leaves one core for itself (a single worker on a 2-core
    // machine), but its main process is mostly idle and the integration files spend most of their time
    // waiting on DynamoDB Local (a separate Java process per worker, see test/support/global-setup.ts)
    // or Chromium, so a second file runs in that time.
    maxWorkers: Math.max(2, availableParallelism()),
    // CI also writes a JSON report, from which .ci/run prints its closing "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/**/src/**/*.test.{ts,tsx}', 'functions/**/*.test.ts', 'infra/**/*.test.ts'],
          ...sharedWorker,
        },
      },
      {
        // The calendar must not depend on where it runs: its rules again, west of Greenwich.
        extends: true,
        test: {
          name: 'calendar-west-of-utc',
          include: [
            'packages/domain/src/calendar/**/*.test.ts',
            'packages/domain/src/booking/**/*.test.ts',
            'packages/domain/src/shared/**/*.test.ts',
          ],
          env: { TZ: 'America/Los_Angeles' },
          ...sharedWorker,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.{ts,tsx}'],
          globalSetup: ['test/support/global-setup.ts'],
          // Hang guards, not speed limits: CI is a loaded 2-core machine, and the contention tests send
          // hundreds of requests to one DynamoDB Local there.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
