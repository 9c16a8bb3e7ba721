import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { killOnExit } from './kill-on-exit.js';

const EVENTS = ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function counts(): number[] {
  return EVENTS.map((event) => process.listenerCount(event));
}

// Each test starts Node.js processes (one through tsx), which takes seconds on a loaded machine.
describe('killOnExit', { timeout: 60_000 }, () => {
  it('registers exit and signal handlers and removes them on undo', () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const before = counts();

    const undo = killOnExit(child);
    const during = counts();
    undo();

    expect(during).toEqual(before.map((n) => n + 1));
    expect(counts()).toEqual(before);
    child.kill('SIGKILL');
  });

  it('removes its handlers by itself when the child exits', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 50)'], { stdio: 'ignore' });
    const before = counts();
    killOnExit(child);

    await new Promise((resolve) => child.once('exit', resolve));

    expect(counts()).toEqual(before);
  });

  it('kills the child from a parent that exits', async () => {
    // A parent that spawns a long-lived child, arms killOnExit, prints the child's pid and exits.
    const script = `
      const { spawn } = require('node:child_process');
      const { killOnExit } = require(${JSON.stringify(new URL('./kill-on-exit.ts', import.meta.url).pathname)});
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      killOnExit(child);
      console.log(child.pid);
      setTimeout(() => process.exit(0), 100);
    `;
    const parent = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    parent.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    await new Promise((resolve) => parent.once('exit', resolve));
    const pid = Number(out.trim());

    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid)).toBe(false);
  });
});

/** A killed process whose parent is gone may linger as a zombie until init reaps it: that counts as dead. */
function isAlive(pid: number): boolean {
  if (existsSync('/proc')) {
    try {
      const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
      return state !== 'Z' && state !== 'X';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
