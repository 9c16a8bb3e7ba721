import type { NationalSchedule, NationalScheduleAuditEntry } from './national-schedule.js';

/** The dates a new version adds, removes or changes against the previous one, by date. */
export function nationalScheduleChanges(
  before: NationalSchedule | undefined,
  after: NationalSchedule,
): NationalScheduleAuditEntry['changes'] {
  const old = new Map((before?.days ?? []).map((d) => [d.date, JSON.stringify(d)]));
  const now = new Map(after.days.map((d) => [d.date, JSON.stringify(d)]));
  const changes: NationalScheduleAuditEntry['changes'] = [];
  for (const date of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(date);
    const b = now.get(date);
    if (a === undefined) changes.push({ op: 'add', date });
    else if (b === undefined) changes.push({ op: 'remove', date });
    else if (a !== b) changes.push({ op: 'replace', date });
  }
  return changes.sort((x, y) => x.date.localeCompare(y.date));
}
