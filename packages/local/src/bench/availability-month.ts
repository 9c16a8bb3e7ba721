import { addDays, availabilityOf, type PlacesTaken, type TenantConfig } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';

/** Zaozhuang's busiest hall with one matter served by 50 windows: the configuration the month is computed on. */
export function fiftyWindowConfig(): { config: TenantConfig; matterId: string; hallId: string } {
  const config = structuredClone(seedConfig('zaozhuang-gxq'));
  const matter = config.matters[0]!;
  const template = config.windows.find((w) => matter.windowIds.includes(w.id))!;
  const windows = Array.from({ length: 50 }, (_, i) => ({
    ...template,
    id: `w50-${String(i).padStart(2, '0')}`,
    code: `W${i}`,
  }));
  config.windows.push(...windows);
  matter.windowIds = windows.map((w) => w.id);
  return { config, matterId: matter.id, hallId: template.hallId };
}

/**
 * Domain time of a month of availability (30 days from `now`) for that matter: what the API
 * computes after its reads, with nothing taken. Returns milliseconds per month, several rounds.
 */
export function measureAvailabilityMonth(now: Date, rounds = 20): number[] {
  const { config, matterId, hallId } = fiftyWindowConfig();
  const matter = config.matters.find((m) => m.id === matterId)!;
  const taken: PlacesTaken = new Map();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
  const month = () => {
    let slots = 0;
    for (let d = 0; d < 30; d++) {
      const date = addDays(today as never, d);
      slots += availabilityOf({ config, matter, hallId, date, now, channel: 'online', taken }).slots.length;
    }
    return slots;
  };
  month();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    month();
    times.push(performance.now() - start);
  }
  return times;
}
