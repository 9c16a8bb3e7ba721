import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit files run one after another in a worker that keeps the modules it has loaded, instead of a
 * fresh process per file: loading the workspace's modules again for each of some 230 small files
 * took most of the unit run. The setup file undoes what a file may leave behind in the process
 * (stubbed environment variables and globals, spies, fake timers). Integration files stay isolated.
 */
const sharedWorker = {
  isolate: false,
  setupFiles: ['test/support/shared-worker-setup.ts'],
};

export default defineConfig({
  test: {
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
