import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The key of the phone and client hashes for the local product: made once and kept in the local
 * data folder (git-ignored), so person ledgers stay valid across restarts. Without a file, a fresh
 * key per run.
 */
export async function loadOrCreateHashSecret(file?: string): Promise<string> {
  const fresh = randomBytes(32).toString('hex');
  if (file === undefined) return fresh;
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, fresh, { mode: 0o600 });
  return fresh;
}
