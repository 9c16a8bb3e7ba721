import type { DayKind } from '@openhall/domain';
import type { Locale } from '../../i18n/locale.js';

/** Words of the calendar override pages (Chinese first, English key for key). */
const zh = {
  title: '日历调整（本地休息日、特殊时段）',
  provisional: (year: number) =>
    `${year} 年的调休安排国务院尚未公布，该年的日子类型为预估（临时安排，以国务院公布为准）。`,
  list: '已有的调整',
  none: '没有调整。',
  add: '新增或修改一天',
  date: '日期',
  hall: '大厅',
  allHalls: '全部大厅',
  kind: '日子类型',
  keepKind: '不改',
  hours: '当天的开放时段（一个都没有即闭厅）',
  changeHours: '改变当天的开放时段',
  removed: (key: string) => `已删除 ${key} 的调整。`,
  closed: '当天闭厅',
  reason: '原因（公示给群众）',
  kinds: {
    workday: '工作日',
    restday: '休息日',
    holiday: '法定节假日',
    'makeup-workday': '调休上班',
  } satisfies Record<DayKind, string>,
};

const en: typeof zh = {
  title: 'Calendar overrides (local closures, special hours)',
  provisional: (year: number) =>
    `${year}'s make-up days are not published yet: its kinds of day are provisional.`,
  list: 'Overrides',
  none: 'No overrides.',
  add: 'Add or change a day',
  date: 'Date',
  hall: 'Hall',
  allHalls: 'All halls',
  kind: 'Kind of day',
  keepKind: 'Unchanged',
  hours: 'Hours of the day (no session closes the hall)',
  changeHours: "Change the day's hours",
  removed: (key: string) => `Deleted the override of ${key}.`,
  closed: 'Closed that day',
  reason: 'Reason (shown to the public)',
  kinds: {
    workday: 'Working day',
    restday: 'Rest day',
    holiday: 'Statutory holiday',
    'makeup-workday': 'Make-up working day',
  },
};

export const calendarWords: Record<Locale, typeof zh> = { zh, en };
