import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type {
  BenchServerMessage,
  BenchServerRequest,
  MemorySample,
  StaffTokenRequest,
} from './bench-server-protocol.js';
import type { DynamoTally } from './dynamo-meter.js';

export interface BenchServer {
  url: string;
  seeded: string[];
  /** DynamoDB calls and capacity of the server since the last reset. */
  tally(): Promise<DynamoTally>;
  resetTally(): Promise<void>;
  memory(): Promise<MemorySample>;
  /** A bearer token for a staff member, signed by the server's development issuer on its clock. */
  staffToken(staff: StaffTokenRequest): Promise<string>;
  /** The server's clock now (a bench server started with a clock start runs ahead of the machine). */
  now(): Promise<Date>;
  /** Ends the server process and resolves once it has exited. */
  stop(): Promise<void>;
}

const SERVER_FILE = fileURLToPath(new URL('./bench-server.ts', import.meta.url));
const REPLY_TIMEOUT_MS = 10_000;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Forks the metered server process with the loader this process runs under (tsx), and resolves
 * once it serves. The child leaves when this process does, since its IPC channel closes.
 */
export async function startBenchServer(
  dynamoEndpoint: string,
  tableName: string,
  options: { startTimeoutMs?: number; clockStart?: Date } = {},
): Promise<BenchServer> {
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const args = [dynamoEndpoint, tableName, ...(options.clockStart ? [options.clockStart.toISOString()] : [])];
  const child = fork(SERVER_FILE, args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = async () => {
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited(child);
    clearTimeout(timer);
  };
  let ready: { url: string; seeded: string[] };
  try {
    ready = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the bench server did not start in time')),
        startTimeoutMs,
      );
      child.once('exit', (code) =>
        reject(new Error(`the bench server exited (code ${code}) before serving`)),
      );
      child.on('message', (message: BenchServerMessage) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          resolve(message);
        } else if (message.type === 'failed') {
          clearTimeout(timer);
          reject(new Error(`the bench server failed: ${message.message}`));
        }
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  let nextId = 0;
  const ask = <T extends BenchServerMessage['type']>(
    type: BenchServerRequest['type'],
    extra: { staff?: StaffTokenRequest } = {},
  ) =>
    new Promise<Extract<BenchServerMessage, { type: T }>>((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => reject(new Error(`no answer to "${type}"`)), REPLY_TIMEOUT_MS);
      const onMessage = (message: BenchServerMessage) => {
        if ('id' in message && message.id === id) {
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(message as Extract<BenchServerMessage, { type: T }>);
        }
      };
      child.on('message', onMessage);
      child.send({ id, type, ...extra });
    });
  return {
    url: ready.url,
    seeded: ready.seeded,
    tally: async () => (await ask<'tally'>('tally')).tally,
    resetTally: async () => {
      await ask<'reset'>('reset');
    },
    memory: async () => (await ask<'memory'>('memory')).memory,
    staffToken: async (staff) => (await ask<'token'>('token', { staff })).token,
    now: async () => new Date((await ask<'now'>('now')).now),
    stop,
  };
}
