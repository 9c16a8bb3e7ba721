import type { ReportMeasures, SeriesPoint } from '@openhall/domain';

/** How a figure reads: a count, a share (shown as a percentage) or minutes. */
export type FigureKind = 'count' | 'rate' | 'minutes';

/** One line of a report: its words (zh first) and how to read it from the measures. */
export interface ReportRow {
  key: string;
  zh: string;
  en: string;
  kind: FigureKind;
  of: (m: ReportMeasures) => number | null;
}

/**
 * The lines of every report, page, CSV and workbook alike, in the order a district reads them, so
 * the page's figures and the exports' cannot differ.
 */
export const REPORT_ROWS: readonly ReportRow[] = [
  { key: 'bookings', zh: '预约总数', en: 'Bookings', kind: 'count', of: (m) => m.bookings },
  {
    key: 'bookingsOnline',
    zh: '网上预约',
    en: 'Online bookings',
    kind: 'count',
    of: (m) => m.bookingsOnline,
  },
  { key: 'bookingsDesk', zh: '现场预约', en: 'Desk bookings', kind: 'count', of: (m) => m.bookingsDesk },
  { key: 'bookingsPhone', zh: '电话预约', en: 'Phone bookings', kind: 'count', of: (m) => m.bookingsPhone },
  { key: 'cancelled', zh: '取消预约', en: 'Cancelled', kind: 'count', of: (m) => m.cancelled },
  { key: 'noShows', zh: '爽约', en: 'No-shows', kind: 'count', of: (m) => m.noShows },
  { key: 'checkedIn', zh: '预约签到', en: 'Checked in', kind: 'count', of: (m) => m.checkedIn },
  { key: 'walkInTickets', zh: '现场取号', en: 'Walk-in tickets', kind: 'count', of: (m) => m.walkInTickets },
  { key: 'accepted', zh: '受理件数', en: 'Accepted', kind: 'count', of: (m) => m.accepted },
  { key: 'completed', zh: '办结件数', en: 'Completed', kind: 'count', of: (m) => m.completed },
  {
    key: 'oneTimeNotices',
    zh: '一次性告知',
    en: 'One-time notices',
    kind: 'count',
    of: (m) => m.oneTimeNotices,
  },
  { key: 'referred', zh: '转办', en: 'Referred', kind: 'count', of: (m) => m.referred },
  {
    key: 'acceptedInLimitRate',
    zh: '限时受理率',
    en: 'Accepted within limit',
    kind: 'rate',
    of: (m) => m.acceptedInLimitRate,
  },
  {
    key: 'completedInLimitRate',
    zh: '按时办结率',
    en: 'Completed within limit',
    kind: 'rate',
    of: (m) => m.completedInLimitRate,
  },
  { key: 'lunchService', zh: '午间服务', en: 'Lunch-time service', kind: 'count', of: (m) => m.lunchService },
  {
    key: 'extendedService',
    zh: '延时服务',
    en: 'Extended service',
    kind: 'count',
    of: (m) => m.extendedService,
  },
  {
    key: 'extendedMinutes',
    zh: '延时分钟数',
    en: 'Minutes past closing',
    kind: 'minutes',
    of: (m) => m.extendedMinutes,
  },
  {
    key: 'restDayService',
    zh: '周末服务',
    en: 'Rest-day service',
    kind: 'count',
    of: (m) => m.restDayService,
  },
  {
    key: 'holidayService',
    zh: '节假日服务',
    en: 'Holiday service',
    kind: 'count',
    of: (m) => m.holidayService,
  },
  { key: 'doorToDoor', zh: '上门服务', en: 'Door-to-door', kind: 'count', of: (m) => m.doorToDoor },
  {
    key: 'outOfHours',
    zh: '预约延时服务',
    en: 'Out-of-hours appointments',
    kind: 'count',
    of: (m) => m.outOfHours,
  },
  {
    key: 'specialOnTime',
    zh: '特殊事项按时办结',
    en: 'Special cases on time',
    kind: 'count',
    of: (m) => m.specialOnTime,
  },
  {
    key: 'specialOverdue',
    zh: '特殊事项超时',
    en: 'Special cases overdue',
    kind: 'count',
    of: (m) => m.specialOverdue,
  },
  {
    key: 'helpAssignments',
    zh: '帮办代办',
    en: 'Help assignments',
    kind: 'count',
    of: (m) => m.helpAssignments,
  },
  { key: 'mailings', zh: '免费邮寄', en: 'Mailings', kind: 'count', of: (m) => m.mailings },
  {
    key: 'waitAverageMinutes',
    zh: '平均等候(分钟)',
    en: 'Average wait (min)',
    kind: 'minutes',
    of: (m) => m.waitAverageMinutes,
  },
  {
    key: 'waitMedianMinutes',
    zh: '等候中位数(分钟)',
    en: 'Median wait (min)',
    kind: 'minutes',
    of: (m) => m.waitMedianMinutes,
  },
  {
    key: 'waitP90Minutes',
    zh: '90%等候(分钟)',
    en: 'p90 wait (min)',
    kind: 'minutes',
    of: (m) => m.waitP90Minutes,
  },
  { key: 'rating5', zh: '非常满意', en: 'Very satisfied', kind: 'count', of: (m) => m.ratings[0] },
  { key: 'rating4', zh: '满意', en: 'Satisfied', kind: 'count', of: (m) => m.ratings[1] },
  { key: 'rating3', zh: '基本满意', en: 'Fairly satisfied', kind: 'count', of: (m) => m.ratings[2] },
  { key: 'rating2', zh: '不满意', en: 'Dissatisfied', kind: 'count', of: (m) => m.ratings[3] },
  { key: 'rating1', zh: '非常不满意', en: 'Very dissatisfied', kind: 'count', of: (m) => m.ratings[4] },
  {
    key: 'ratingsDefaulted',
    zh: '默认好评',
    en: 'Defaulted ratings',
    kind: 'count',
    of: (m) => m.ratingsDefaulted,
  },
  { key: 'goodRate', zh: '好评率', en: 'Good-rating rate', kind: 'rate', of: (m) => m.goodRate },
  {
    key: 'callBackRate',
    zh: '差评回访率',
    en: 'Called back on time',
    kind: 'rate',
    of: (m) => m.callBackRate,
  },
  { key: 'fixRate', zh: '差评整改率', en: 'Fixed on time', kind: 'rate', of: (m) => m.fixRate },
  { key: 'complaints', zh: '投诉件数', en: 'Complaints', kind: 'count', of: (m) => m.complaints },
  {
    key: 'complaintsClosedOnTimeRate',
    zh: '投诉按时办结率',
    en: 'Complaints closed on time',
    kind: 'rate',
    of: (m) => m.complaintsClosedOnTimeRate,
  },
];

/** The columns of the daily (or monthly) series, for the chart tables and the exports. */
export const SERIES_COLUMNS: readonly { key: keyof SeriesPoint; zh: string; en: string; kind: FigureKind }[] =
  [
    { key: 'bookingsOnline', zh: '网上预约', en: 'Online', kind: 'count' },
    { key: 'bookingsDesk', zh: '现场预约', en: 'Desk', kind: 'count' },
    { key: 'bookingsPhone', zh: '电话预约', en: 'Phone', kind: 'count' },
    { key: 'walkInTickets', zh: '现场取号', en: 'Walk-in', kind: 'count' },
    { key: 'completed', zh: '办结', en: 'Completed', kind: 'count' },
    { key: 'lunchService', zh: '午间服务', en: 'Lunch', kind: 'count' },
    { key: 'extendedService', zh: '延时服务', en: 'Extended', kind: 'count' },
    { key: 'restDayService', zh: '周末服务', en: 'Rest day', kind: 'count' },
    { key: 'holidayService', zh: '节假日服务', en: 'Holiday', kind: 'count' },
    { key: 'waitAverageMinutes', zh: '平均等候(分钟)', en: 'Avg wait (min)', kind: 'minutes' },
    { key: 'goodRate', zh: '好评率', en: 'Good rate', kind: 'rate' },
    { key: 'acceptedInLimitRate', zh: '限时受理率', en: 'Accepted in limit', kind: 'rate' },
    { key: 'completedInLimitRate', zh: '按时办结率', en: 'Completed in limit', kind: 'rate' },
  ];

/** A figure as text: a count as is, a share as a percentage with one decimal, nothing as "—". */
export function formatFigure(value: number | null, kind: FigureKind): string {
  if (value === null) return '—';
  if (kind === 'rate') return `${(value * 100).toFixed(1)}%`;
  return String(value);
}
