import type { DomainEvent } from '../events/domain-event.js';
import type { LocalDate } from '../shared/primitives.js';
import { shanghaiDateOf } from '../shared/shanghai-time.js';
import { type CounterName, type Counts, waitBucketOf } from './report-counters.js';

/** The dimensions a counter is kept by, beside the district's total. */
export const DIMENSIONS = ['hall', 'matter', 'department', 'window'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** What one event adds: to which day, under which dimension values, which counters. */
export interface EventCounts {
  date: LocalDate;
  dims: Partial<Record<Dimension, string>>;
  counts: Counts;
}

/** The event types the counters read; any other counts nothing. */
export const COUNTED_EVENT_TYPES = [
  'booking.created',
  'booking.cancelled',
  'booking.no-show',
  'booking.checked-in',
  'booking.rescheduled',
  'ticket.issued',
  'ticket.called',
  'service-record.accepted',
  'service-record.completed',
  'commitment.signed',
  'visit.completed',
  'case.opened',
  'case.done',
  'mailing.requested',
  'rating.given',
  'rating.defaulted',
  'follow-up.called-back',
  'follow-up.fixed',
  'complaint.opened',
  'complaint.closed',
] as const;

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A dimension value from the event's data: a slug, or nothing (a missing or odd field is not counted by). */
function slugField(data: Record<string, unknown>, field: string): string | undefined {
  const v = data[field];
  return typeof v === 'string' && SLUG.test(v) ? v : undefined;
}

function numberField(data: Record<string, unknown>, field: string): number | undefined {
  const v = data[field];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

function flag(data: Record<string, unknown>, field: string): boolean | undefined {
  const v = data[field];
  return typeof v === 'boolean' ? v : undefined;
}

const BOOKING_CHANNEL: Record<string, CounterName> = { online: 'bkOnline', desk: 'bkDesk', phone: 'bkPhone' };
/** Complaints by the channel they came in: the web, the published phone, the hall's two windows, 12345. */
const COMPLAINT_CHANNEL: Record<string, CounterName> = {
  web: 'cpOnline',
  phone: 'cpPhone',
  'cannot-get-done': 'cpDesk',
  'fault-finding': 'cpDesk',
  'hotline-12345': 'cp12345',
};
/** 好差评 levels as the ratings feature writes them, to 5 (非常满意) … 1 (非常不满意). */
const RATING_LEVEL: Record<string, 1 | 2 | 3 | 4 | 5> = {
  'very-satisfied': 5,
  satisfied: 4,
  'basically-satisfied': 3,
  dissatisfied: 2,
  'very-dissatisfied': 1,
};

/**
 * The counters one domain event adds, or undefined when it counts nothing. Tolerant by design: the
 * events come from several features, so a missing or malformed field adds nothing rather than
 * failing the delivery; what is there is counted.
 */
export function eventCounts(event: DomainEvent): EventCounts | undefined {
  const instant = new Date(event.occurredAt);
  if (Number.isNaN(instant.getTime())) return undefined;
  const data = event.data;
  const counts: Counts = {};
  const add = (name: CounterName, by = 1) => {
    counts[name] = (counts[name] ?? 0) + by;
  };
  const onTime = flag(data, 'onTime');

  switch (event.type) {
    case 'booking.created':
      add(BOOKING_CHANNEL[String(data.channel)] ?? 'bkOther');
      break;
    case 'booking.cancelled':
      add('bkCancelled');
      break;
    case 'booking.no-show':
      add('bkNoShow');
      break;
    case 'booking.checked-in':
      add('bkCheckedIn');
      break;
    case 'booking.rescheduled':
      add('bkRescheduled');
      break;
    case 'ticket.issued':
      // A checked-in booking gets its ticket too; only the walk-ins (现场取号) count here.
      if (data.kind === 'appointment') return undefined;
      add('tkIssued');
      if (flag(data, 'priority') === true) add('tkPriority');
      break;
    case 'ticket.called': {
      // The wait is counted once per visit, at its first call (取号到叫号): later calls carry none.
      const wait = numberField(data, 'waitMinutes');
      if (wait === undefined) return undefined;
      add('waitSum', wait);
      add('waitCount');
      add(waitBucketOf(wait));
      break;
    }
    case 'service-record.accepted':
      add('accepted');
      if (flag(data, 'acceptedWithinLimit') === true) add('acceptedInLimit');
      break;
    case 'commitment.signed':
      add('commitment');
      break;
    case 'service-record.completed': {
      const outcome = data.outcome;
      const done = outcome !== 'missing-materials' && outcome !== 'referred';
      if (outcome === 'missing-materials') add('oneTimeNotice');
      else if (outcome === 'referred') add('referred');
      else add('completed');
      const within = flag(data, 'completedWithinLimit');
      if (done && within !== undefined) {
        add('completedKnown');
        if (within) add('completedInLimit');
      }
      const flags = (typeof data.flags === 'object' && data.flags !== null ? data.flags : {}) as Record<
        string,
        unknown
      >;
      if (flag(flags, 'lunch') === true) add('lunch');
      if (flag(flags, 'extended') === true) {
        add('extended');
        add('extendedMinutes', numberField(flags, 'minutesPastClosing') ?? 0);
      }
      if (flag(flags, 'restday') === true) add('restDay');
      if (flag(flags, 'holiday') === true) add('holiday');
      if (flag(flags, 'appointment') === true) add('appointment');
      break;
    }
    case 'visit.completed':
      // 上门服务 and 错时（预约）服务 are both visits; the kind tells them apart.
      if (data.kind === 'door-to-door') add('doorToDoor');
      else if (data.kind === 'out-of-hours') add('outOfHours');
      else return undefined;
      break;
    case 'case.opened':
      // 帮办代办: counted when the help is assigned to its owner.
      if (data.kind !== 'help') return undefined;
      add('help');
      break;
    case 'case.done':
      // 特事特办: counted when done, on time or past its due time.
      if (data.kind !== 'special-handling') return undefined;
      add(onTime === false ? 'specialOverdue' : 'specialOnTime');
      break;
    case 'mailing.requested':
      add('mailing');
      break;
    case 'rating.given': {
      const level = RATING_LEVEL[String(data.level)];
      if (level === undefined) return undefined;
      add(`rate${level}`);
      break;
    }
    case 'rating.defaulted':
      add('rateDefaulted');
      break;
    case 'follow-up.called-back':
      add('calledBack');
      if (onTime === true) add('calledBackOnTime');
      break;
    case 'follow-up.fixed':
      add('fixed');
      if (onTime === true) add('fixedOnTime');
      break;
    case 'complaint.opened':
      add(COMPLAINT_CHANNEL[String(data.channel)] ?? 'cpOther');
      break;
    case 'complaint.closed':
      add('cpClosed');
      if (onTime === true) add('cpClosedOnTime');
      break;
    default:
      return undefined;
  }

  const dims: Partial<Record<Dimension, string>> = {};
  for (const [dim, field] of [
    ['hall', 'hallId'],
    ['matter', 'matterId'],
    ['department', 'departmentId'],
    ['window', 'windowId'],
  ] as const) {
    const value = slugField(data, field);
    if (value !== undefined) dims[dim] = value;
  }
  return { date: shanghaiDateOf(instant), dims, counts };
}
