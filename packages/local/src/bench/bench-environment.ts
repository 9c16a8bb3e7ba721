import { cpus, loadavg, totalmem } from 'node:os';

export interface BenchEnvironment {
  date: string;
  node: string;
  platform: string;
  arch: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  /** One-minute load average when the run began: other work on the machine skews the figures. */
  loadAverage: number;
}

/** What the figures were measured on; they mean little without it. */
export function benchEnvironment(now: Date): BenchEnvironment {
  const cpu = cpus();
  return {
    date: now.toISOString(),
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
