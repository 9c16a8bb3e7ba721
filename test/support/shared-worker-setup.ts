import { afterAll, vi } from 'vitest';

/**
 * The unit projects run their files one after another in a shared worker (`isolate: false`), where
 * `process.env`, globals and timers outlive a file: once a file's tests are done, the environment
 * variables and globals it stubbed, its spies and fake timers are undone before the next file.
 */
afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
