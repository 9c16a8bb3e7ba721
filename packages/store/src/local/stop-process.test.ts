import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stopProcess } from './stop-process.js';

function nodeChild(script: string) {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  // Resolves once the script runs, so its signal handlers are in place.
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { child, ready };
}

// Each test starts a Node.js process, which takes seconds on a loaded machine.
describe('stopProcess', { timeout: 60_000 }, () => {
  it('ends a process that honours SIGTERM', async () => {
    const { child, ready } = nodeChild("console.log('up'); setInterval(() => {}, 1000)");
    await ready;

    await stopProcess(child, 2000);

    expect(child.signalCode).toBe('SIGTERM');
  });

  it('kills a process that ignores SIGTERM once the grace period is over', async () => {
    const { child, ready } = nodeChild(
      "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)",
    );
    await ready;

    await stopProcess(child, 200);

    expect(child.signalCode).toBe('SIGKILL');
  });

  it('returns at once for a process already gone', async () => {
    const { child, ready } = nodeChild("console.log('up')");
    await ready;
    await new Promise((resolve) => child.once('exit', resolve));

    await expect(stopProcess(child)).resolves.toBeUndefined();
    expect(child.exitCode).toBe(0);
  });
});
