import type { StaffAlertKind, StaffAlertStage } from '@openhall/domain';
import type { Locale } from '../../i18n/locale.js';

/** Words of the member's alert list (Chinese first, English key for key). */
const zh = {
  title: '我的提醒',
  link: (n: number) => (n === 0 ? '我的提醒' : `我的提醒（${n > 99 ? '99+' : n}）`),
  none: '没有未读提醒。',
  intro: '您负责的迟到预约和临近或超过期限的事项。处理后请标记为已读。',
  columns: { what: '事项', stage: '状态', due: '时间', raised: '提醒时间', action: '操作' },
  kinds: {
    'late-booking': '迟到预约',
    visit: '上门服务',
    'follow-up': '差评回访',
    complaint: '投诉',
    case: '特事特办',
  } satisfies Record<StaffAlertKind, string>,
  stages: {
    late: '已迟到未签到',
    near: '临近期限',
    past: '已逾期',
  } satisfies Record<StaffAlertStage, string>,
  dueLabel: { late: '预约时间', near: '期限', past: '期限' } satisfies Record<StaffAlertStage, string>,
  open: '查看',
  markRead: '标记已读',
  markReadOf: (what: string) => `将“${what}”标记为已读`,
  read: '已标记为已读。',
  notFound: '没有这条提醒。',
};

const en: typeof zh = {
  title: 'My alerts',
  link: (n: number) => (n === 0 ? 'My alerts' : `My alerts (${n > 99 ? '99+' : n})`),
  none: 'No unread alerts.',
  intro: 'Late bookings and items you own that are near or past their deadline. Mark each read once handled.',
  columns: { what: 'Item', stage: 'State', due: 'Time', raised: 'Alerted', action: 'Action' },
  kinds: {
    'late-booking': 'Late booking',
    visit: 'Home visit',
    'follow-up': 'Bad-rating follow-up',
    complaint: 'Complaint',
    case: 'Special case',
  },
  stages: { late: 'Late, not checked in', near: 'Deadline near', past: 'Overdue' },
  dueLabel: { late: 'Booked for', near: 'Due', past: 'Due' },
  open: 'Open',
  markRead: 'Mark read',
  markReadOf: (what: string) => `Mark “${what}” read`,
  read: 'Marked read.',
  notFound: 'No such alert.',
};

export const alertWords: Record<Locale, typeof zh> = { zh, en };
