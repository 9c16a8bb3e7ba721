import { type AppLog, type LogFacts, maskedFacts, maskPhonesIn } from '@openhall/domain';

/**
 * The log of local development and tests: one readable line per entry on stderr,
 * `ERROR request failed code=internal_error path=/v1/...`, phones masked like every log line.
 */
export function readableLog(
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): AppLog {
  const line = (level: string, message: string, facts?: LogFacts) => {
    const pairs = Object.entries(maskedFacts(facts)).map(([k, v]) => `${k}=${v}`);
    write([level, maskPhonesIn(message), ...pairs].join(' '));
  };
  return {
    info: (message, facts) => line('INFO ', message, facts),
    warn: (message, facts) => line('WARN ', message, facts),
    error: (message, facts) => line('ERROR', message, facts),
  };
}
