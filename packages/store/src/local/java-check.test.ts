import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertJava, JavaMissingError, javaMajorOf } from './java-check.js';

describe('javaMajorOf', () => {
  it.each([
    { output: 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', major: 17 },
    { output: 'openjdk version "21" 2023-09-19', major: 21 },
    { output: 'java version "1.8.0_392"', major: 8 },
    { output: 'openjdk version "11.0.22" 2024-01-16', major: 11 },
    { output: 'command not found', major: undefined },
  ])('reads $major from $output', ({ output, major }) => {
    expect(javaMajorOf(output)).toBe(major);
  });
});

// Each test runs a `java` (a shell script here) in a process of its own.
describe('assertJava', { timeout: 60_000 }, () => {
  let dir: string;

  /** A fake `java` that prints `versionLine` to stderr, as the real one does. */
  async function fakeJava(name: string, versionLine: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, `#!/bin/sh\necho '${versionLine}' >&2\n`);
    await chmod(path, 0o755);
    return path;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'openhall-java-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts Java 17 and later', async () => {
    const command = await fakeJava('java17', 'openjdk version "17.0.15" 2025-04-15');
    expect(() => assertJava({ command })).not.toThrow();
  });

  it.each([
    { line: 'java version "1.8.0_392"', found: 8 },
    { line: 'openjdk version "11.0.22" 2024-01-16', found: 11 },
  ])('refuses Java $found, naming it', async ({ line, found }) => {
    const command = await fakeJava(`java${found}`, line);
    expect(() => assertJava({ command })).toThrow(
      `DynamoDB Local needs Java 17 or newer but found Java ${found}: install a JDK such as OpenJDK 17`,
    );
  });

  it('refuses a PATH without java in one sentence', () => {
    let error: unknown;
    try {
      assertJava({ env: { PATH: dir } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JavaMissingError);
    expect((error as Error).message).toBe(
      'DynamoDB Local needs Java 17 or newer: install a JDK such as OpenJDK 17 (Debian: apt-get install -y openjdk-17-jre-headless) and try again.',
    );
  });
});
