// The State Council schedule (holidays and 调休 make-up days), the lunar month tables and the
// solar terms all come from the `chinese-days` package. It is CommonJS: Node gives its exports
// only as the default import, and bundlers map that default to the same functions.
import chineseDays from 'chinese-days';
// The schedule itself, keyed by date strings: read without a `Date`, so no host time zone applies.
import scheduleData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

// Each function reads the package object when it is called, never when this module loads: the
// Lambda bundle defers the package's own start-up (it builds holiday tables the domain does not
// use) until the calendar is first asked for something (infra/lib/lambda-bundle.ts).
type ChineseDays = typeof chineseDays;

export const getSolarTermDate: ChineseDays['getSolarTermDate'] = (...args) =>
  chineseDays.getSolarTermDate(...args);
export const getYearLeapMonth: ChineseDays['getYearLeapMonth'] = (...args) =>
  chineseDays.getYearLeapMonth(...args);
export const monthDays: ChineseDays['monthDays'] = (...args) => chineseDays.monthDays(...args);

/** The schedule's tables, read on the first call. */
export function scheduleTables(): { holidays: Record<string, string>; workdays: Record<string, string> } {
  return { holidays: scheduleData.holidays, workdays: scheduleData.workdays };
}
