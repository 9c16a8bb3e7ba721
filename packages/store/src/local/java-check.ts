import { spawnSync } from 'node:child_process';

/** DynamoDB Local 3.x runs on Java 17 and later. */
export const MIN_JAVA_MAJOR = 17;

const INSTALL_HINT =
  'install a JDK such as OpenJDK 17 (Debian: apt-get install -y openjdk-17-jre-headless) and try again.';

/** Java is missing or too old to run DynamoDB Local; the message says what to install. */
export class JavaMissingError extends Error {
  constructor(readonly foundMajor: number | undefined) {
    super(
      foundMajor === undefined
        ? `DynamoDB Local needs Java ${MIN_JAVA_MAJOR} or newer: ${INSTALL_HINT}`
        : `DynamoDB Local needs Java ${MIN_JAVA_MAJOR} or newer but found Java ${foundMajor}: ${INSTALL_HINT}`,
    );
    this.name = 'JavaMissingError';
  }
}

/**
 * Major version in the output of `java -version` (old releases say "1.8.0", new ones "17.0.15").
 * @example javaMajorOf('openjdk version "17.0.15" 2025-04-15') // 17
 */
export function javaMajorOf(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export interface JavaCheckOptions {
  /** Command to run; `java` from PATH by default, as DynamoDB Local is started with it. */
  command?: string;
  /** Environment whose PATH is searched; the current process's by default. */
  env?: NodeJS.ProcessEnv;
}

/** Throws {@link JavaMissingError} unless `java -version` runs and reports Java 17 or newer. */
export function assertJava(options: JavaCheckOptions = {}): void {
  const result = spawnSync(options.command ?? 'java', ['-version'], {
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (result.error || result.status !== 0) throw new JavaMissingError(undefined);
  // `java -version` writes to stderr.
  const major = javaMajorOf(`${result.stderr}\n${result.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) throw new JavaMissingError(major);
}
