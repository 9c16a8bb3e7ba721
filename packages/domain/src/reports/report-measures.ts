import { z } from 'zod';
import type { Counts } from './report-counters.js';
import { waitQuantile } from './wait-quantile.js';

/** A share between 0 and 1, or null when nothing was there to measure (not a 0% or 100%). */
export function rateOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

export const ReportMeasuresSchema = z
  .object({
    bookings: z.number().int(),
    bookingsOnline: z.number().int(),
    bookingsDesk: z.number().int(),
    bookingsPhone: z.number().int(),
    cancelled: z.number().int(),
    noShows: z.number().int(),
    checkedIn: z.number().int(),
    rescheduled: z.number().int(),
    walkInTickets: z.number().int(),
    priorityTickets: z.number().int(),
    accepted: z.number().int(),
    completed: z.number().int(),
    oneTimeNotices: z.number().int(),
    referred: z.number().int(),
    /** Accepted within the limit (15/40 min) over accepted. */
    acceptedInLimitRate: z.number().nullable(),
    /** Completed within the promised limit over completed with a known limit. */
    completedInLimitRate: z.number().nullable(),
    lunchService: z.number().int(),
    extendedService: z.number().int(),
    extendedMinutes: z.number(),
    restDayService: z.number().int(),
    holidayService: z.number().int(),
    doorToDoor: z.number().int(),
    outOfHours: z.number().int(),
    specialOnTime: z.number().int(),
    specialOverdue: z.number().int(),
    helpAssignments: z.number().int(),
    mailings: z.number().int(),
    waits: z.number().int(),
    waitAverageMinutes: z.number().nullable(),
    waitMedianMinutes: z.number().nullable(),
    waitP90Minutes: z.number().nullable(),
    /** 好差评, level 5 (非常满意) … 1 (非常不满意), given by the citizen. */
    ratings: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
    ratingsDefaulted: z.number().int(),
    /** 好评率: 满意 and 非常满意 over the ratings citizens gave (defaulted ones apart). */
    goodRate: z.number().nullable(),
    badRatings: z.number().int(),
    calledBack: z.number().int(),
    fixed: z.number().int(),
    /** 回访率: bad ratings called back on time over bad ratings. */
    callBackRate: z.number().nullable(),
    /** 整改率: bad ratings fixed on time over bad ratings. */
    fixRate: z.number().nullable(),
    complaints: z.number().int(),
    complaintsByChannel: z.object({
      online: z.number(),
      phone: z.number(),
      desk: z.number(),
      hotline12345: z.number(),
      other: z.number(),
    }),
    complaintsClosed: z.number().int(),
    complaintsClosedOnTimeRate: z.number().nullable(),
  })
  .meta({ id: 'ReportMeasures' });
export type ReportMeasures = z.infer<typeof ReportMeasuresSchema>;

/** The report's measures from summed counters: the one place a rate or a median is worked out. */
export function measuresOf(c: Counts): ReportMeasures {
  const n = (v: number | undefined) => v ?? 0;
  const bookingsOnline = n(c.bkOnline);
  const bookingsDesk = n(c.bkDesk);
  const bookingsPhone = n(c.bkPhone);
  const given = [n(c.rate5), n(c.rate4), n(c.rate3), n(c.rate2), n(c.rate1)] as const;
  const givenTotal = given.reduce((a, b) => a + b, 0);
  const badRatings = n(c.rate1) + n(c.rate2);
  const complaintsByChannel = {
    online: n(c.cpOnline),
    phone: n(c.cpPhone),
    desk: n(c.cpDesk),
    hotline12345: n(c.cp12345),
    other: n(c.cpOther),
  };
  const waits = n(c.waitCount);
  return {
    bookings: bookingsOnline + bookingsDesk + bookingsPhone + n(c.bkOther),
    bookingsOnline,
    bookingsDesk,
    bookingsPhone,
    cancelled: n(c.bkCancelled),
    noShows: n(c.bkNoShow),
    checkedIn: n(c.bkCheckedIn),
    rescheduled: n(c.bkRescheduled),
    walkInTickets: n(c.tkIssued),
    priorityTickets: n(c.tkPriority),
    accepted: n(c.accepted),
    completed: n(c.completed),
    oneTimeNotices: n(c.oneTimeNotice),
    referred: n(c.referred),
    acceptedInLimitRate: rateOf(n(c.acceptedInLimit), n(c.accepted)),
    completedInLimitRate: rateOf(n(c.completedInLimit), n(c.completedKnown)),
    lunchService: n(c.lunch),
    extendedService: n(c.extended),
    extendedMinutes: n(c.extendedMinutes),
    restDayService: n(c.restDay),
    holidayService: n(c.holiday),
    doorToDoor: n(c.doorToDoor),
    outOfHours: n(c.outOfHours),
    specialOnTime: n(c.specialOnTime),
    specialOverdue: n(c.specialOverdue),
    helpAssignments: n(c.help),
    mailings: n(c.mailing),
    waits,
    waitAverageMinutes: waits > 0 ? Math.round((n(c.waitSum) / waits) * 10) / 10 : null,
    waitMedianMinutes: waitQuantile(c, 0.5) ?? null,
    waitP90Minutes: waitQuantile(c, 0.9) ?? null,
    ratings: [...given],
    ratingsDefaulted: n(c.rateDefaulted),
    goodRate: rateOf(n(c.rate5) + n(c.rate4), givenTotal),
    badRatings,
    calledBack: n(c.calledBack),
    fixed: n(c.fixed),
    callBackRate: rateOf(n(c.calledBackOnTime), badRatings),
    fixRate: rateOf(n(c.fixedOnTime), badRatings),
    complaints: Object.values(complaintsByChannel).reduce((a, b) => a + b, 0),
    complaintsByChannel,
    complaintsClosed: n(c.cpClosed),
    complaintsClosedOnTimeRate: rateOf(n(c.cpClosedOnTime), n(c.cpClosed)),
  };
}
