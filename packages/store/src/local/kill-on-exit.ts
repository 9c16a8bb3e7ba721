import type { ChildProcess } from 'node:child_process';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Kills `child` when this process exits or is interrupted, so no Java process outlives its parent
 * (a child is not killed with its parent on Linux). On a signal nobody else handles, the signal is
 * raised again after the kill so the process still ends as it would have. Returns the undo.
 */
export function killOnExit(child: ChildProcess): () => void {
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    remove();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const remove = () => {
    process.removeListener('exit', kill);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  process.once('exit', kill);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  child.once('exit', remove);
  return remove;
}
