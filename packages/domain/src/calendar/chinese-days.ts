// The State Council schedule (holidays and 调休 make-up days), the lunar month tables and the
// solar terms all come from the `chinese-days` package. It is CommonJS: Node gives its exports
// only as the default import, and bundlers map that default to the same functions.
import chineseDays from 'chinese-days';

export const { getDayDetail, getSolarTermDate, getYearLeapMonth, monthDays } = chineseDays;
