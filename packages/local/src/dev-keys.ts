import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type DevIssuerKeys, generateDevIssuerKeys } from '@openhall/api/dev-token';
import { DEV_KEYS_FILE } from './local-paths.js';

/** The local issuer's key pair, made once and kept so tokens survive a restart. */
export async function loadOrCreateDevKeys(file = DEV_KEYS_FILE): Promise<DevIssuerKeys> {
  const existing = await readDevKeys(file);
  if (existing) return existing;
  const keys = await generateDevIssuerKeys();
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

export async function readDevKeys(file = DEV_KEYS_FILE): Promise<DevIssuerKeys | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DevIssuerKeys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
