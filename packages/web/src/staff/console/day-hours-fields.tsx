import { type DayHours, minutesOf, ServiceModeSchema } from '@openhall/domain';
import type { Locale } from '../../i18n/locale.js';
import type { FormKit } from '../form-kit/form-kit.js';
import { valueAt } from '../form-kit/form-shape.js';
import { consoleWords } from './console-i18n.js';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** The lunch breaks of a day's hours: the gaps between its sessions (午休), as stored. */
export function lunchBreaks(hours: unknown): { from: string; to: string }[] {
  const sessions = (hours as Partial<DayHours> | undefined)?.sessions ?? [];
  const gaps: { from: string; to: string }[] = [];
  for (let i = 1; i < sessions.length; i++) {
    const from = sessions[i - 1]?.to ?? '';
    const to = sessions[i]?.from ?? '';
    if (TIME.test(from) && TIME.test(to) && minutesOf(from) < minutesOf(to)) gaps.push({ from, to });
  }
  return gaps;
}

/** The fields of one kind of day's hours (`DayHours` at `key`): sessions, the lunch they leave, mode, no-gap lunch. */
export function dayHoursFields(f: FormKit, locale: Locale, key: string, legend: string, values: unknown) {
  const w = consoleWords[locale].day;
  const hours = valueAt(values, key);
  const sessions = valueAt(values, `${key}.sessions`);
  const lunch = lunchBreaks(hours);
  const closed = Array.isArray(sessions) && sessions.length === 0;
  const rows = f.rows(`${key}.sessions`, w.sessions, {
    count: Array.isArray(sessions) ? sessions.length : 0,
    max: 6,
    addLabel: w.addSession,
    row: (rowKey) => (
      <>
        {f.time(`${rowKey}.from`, w.from)}
        {f.time(`${rowKey}.to`, w.to)}
      </>
    ),
  });
  const mode = f.select(
    `${key}.mode`,
    w.mode,
    ServiceModeSchema.options.map((m) => ({ value: m, label: w.modes[m] })),
  );
  const noGap = f.check(`${key}.noGapLunch`, w.noGapLunch);
  return f.group(
    key,
    legend,
    <>
      <p class="day-summary" data-lunch={lunch.map((l) => `${l.from}-${l.to}`).join(',')}>
        {closed
          ? w.closed
          : lunch.length > 0
            ? lunch.map((l, i) => (i === 0 ? w.lunch(l.from, l.to) : w.pause(l.from, l.to))).join('；')
            : w.noLunch}
      </p>
      {rows}
      {mode}
      {noGap}
    </>,
  );
}
