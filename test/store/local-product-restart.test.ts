import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalProduct, startLocalProduct } from '@openhall/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
let product: LocalProduct;
const lines: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'openhall-restart-'));
  product = await startLocalProduct({
    port: 0,
    dynamoDataDir: join(dir, 'dynamo'),
    tableName: 'openhall',
    log: (line) => lines.push(line),
  });
});

afterAll(async () => {
  await product?.stop();
  await rm(dir, { recursive: true, force: true });
});

const health = () => fetch(`${product.url}/healthz`);

/** Whether a process with this id still runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `check` every 200 ms until it holds; bounded by count, so a broken restart fails, never hangs. */
async function eventually(check: () => Promise<boolean> | boolean, tries = 250): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('pnpm start when DynamoDB Local dies', () => {
  it('answers health 503 while it is down, starts it again with its data, and answers 200', async () => {
    // Prepare
    expect((await health()).status).toBe(200);
    const pid = product.dynamoPid!;

    // Act
    process.kill(pid, 'SIGKILL');
    expect(await eventually(() => !running(pid))).toBe(true);
    const down = await health();
    const back = await eventually(async () => (await health()).status === 200);

    // Assess
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(down.headers.get('retry-after')).not.toBeNull();
    expect(await down.json()).toMatchObject({ status: 503, code: 'store_unavailable' });
    expect(back).toBe(true);
    expect(product.dynamoPid).not.toBe(pid);
    expect(lines.filter((l) => l.includes('started again'))).toHaveLength(1);
    const tenant = await fetch(`${product.url}/v1/tenants/zibo`);
    expect(tenant.status).toBe(200);
  });
});
