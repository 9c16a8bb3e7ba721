/**
 * The counters the reports keep per tenant, day and dimension, as the work happens. Each is a plain
 * number added to (DynamoDB `ADD`), so a counter item never needs reading before it is written.
 * The names are short because they are attribute names on every counter item.
 */
export const COUNTERS = [
  // Bookings (预约) by channel, and what became of them.
  'bkOnline',
  'bkDesk',
  'bkPhone',
  'bkOther',
  'bkCancelled',
  'bkNoShow',
  'bkCheckedIn',
  'bkRescheduled',
  // Walk-in tickets (现场取号).
  'tkIssued',
  'tkPriority',
  // Service records (办件): accepted, completed and how.
  'accepted',
  'acceptedInLimit',
  'completed',
  'completedKnown',
  'completedInLimit',
  'oneTimeNotice',
  'referred',
  // Service outside ordinary hours: 午间延时, 延时服务, 周末, 节假日.
  'lunch',
  'extended',
  'extendedMinutes',
  'restDay',
  'holiday',
  'appointment',
  // The other services: 上门, 预约延时, 特殊事项, 帮办代办, 邮寄.
  'doorToDoor',
  'outOfHours',
  'specialOnTime',
  'specialOverdue',
  'help',
  'mailing',
  // 承诺办理: records accepted on the applicant's signed commitment.
  'commitment',
  // Waiting time: sum and count in minutes, and a histogram (see WAIT_BUCKET_EDGES).
  'waitSum',
  'waitCount',
  'wait0',
  'wait1',
  'wait2',
  'wait3',
  'wait4',
  'wait5',
  'wait6',
  'wait7',
  'wait8',
  'wait9',
  // 好差评: five levels (5 非常满意 … 1 非常不满意) given by the citizen; defaulted ones apart.
  'rate1',
  'rate2',
  'rate3',
  'rate4',
  'rate5',
  'rateDefaulted',
  // Follow-ups of a bad rating: called back (回访) and fixed (整改), and how many on time.
  'calledBack',
  'calledBackOnTime',
  'fixed',
  'fixedOnTime',
  // Complaints (投诉) by channel, and closed on time.
  'cpOnline',
  'cpPhone',
  'cpDesk',
  'cp12345',
  'cpOther',
  'cpClosed',
  'cpClosedOnTime',
] as const;
export type CounterName = (typeof COUNTERS)[number];

/** Counters of one item (absent means zero). */
export type Counts = Partial<Record<CounterName, number>>;

/**
 * Lower edges, in minutes, of the waiting-time buckets `wait0` … `wait9`; the last is open-ended.
 * Fine where most waits fall (under half an hour), coarse beyond.
 */
export const WAIT_BUCKET_EDGES = [0, 5, 10, 15, 20, 30, 45, 60, 90, 120] as const;

/** The histogram counter a wait of `minutes` falls in. */
export function waitBucketOf(minutes: number): CounterName {
  let index = 0;
  for (let i = 0; i < WAIT_BUCKET_EDGES.length; i++) {
    if (minutes >= (WAIT_BUCKET_EDGES[i] as number)) index = i;
  }
  return `wait${index}` as CounterName;
}

/** Adds `b` into a copy of `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  const sum: Counts = { ...a };
  for (const name of COUNTERS) {
    const v = b[name];
    if (v !== undefined && v !== 0) sum[name] = (sum[name] ?? 0) + v;
  }
  return sum;
}

/** The counters of a stored item: its known counter attributes that are numbers, nothing else. */
export function countsOf(item: Record<string, unknown>): Counts {
  const counts: Counts = {};
  for (const name of COUNTERS) {
    const v = item[name];
    if (typeof v === 'number' && Number.isFinite(v)) counts[name] = v;
  }
  return counts;
}
