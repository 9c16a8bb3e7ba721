// The State Council schedule (holidays and 调休 make-up days), the lunar month tables and the
// solar terms all come from the `chinese-days` package. It is CommonJS: Node gives its exports
// only as the default import, and bundlers map that default to the same functions.
import chineseDays from 'chinese-days';
// The schedule itself, keyed by date strings: read without a `Date`, so no host time zone applies.
import scheduleData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export const { getSolarTermDate, getYearLeapMonth, monthDays } = chineseDays;
export { scheduleData };
