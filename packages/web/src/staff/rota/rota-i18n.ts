import type { DayKind, StaffingRuleCode } from '@openhall/domain';
import type { Locale } from '../../i18n/locale.js';

/** Words of the admin console and the rota pages (Chinese first, English key for key). */
const zh = {
  console: {
    title: '管理控制台',
    rota: '排班（月视图）',
    directory: '工作人员名录',
    calendar: '日历调整',
    config: '大厅配置',
    audit: '配置修改记录',
  },
  month: {
    title: (month: string) => `${month} 排班`,
    hall: '大厅',
    show: '查看',
    problems: '有排班问题的日期',
    noProblems: '本月没有排班问题。',
    date: '日期',
    kind: '日子',
    status: '排班',
    issues: '问题',
    planned: (v: number) => `已排班（第 ${v} 版）`,
    unplanned: '未排班',
    closed: '不开放',
    count: (n: number) => `${n} 项`,
    generate: '按模板生成本月排班',
    generateNote:
      '工作日由 A 角上岗、午间 AB 角轮岗，周末和节假日 A、B 角隔周轮换；已排班的日子不变，生成后可逐日修改。',
    prev: '上个月',
    next: '下个月',
    provisional: (year: string) => `${year} 年的调休安排国务院尚未公布，日子类型为预估。`,
  },
  day: {
    title: (date: string) => `${date} 排班`,
    back: '返回月视图',
    hours: '大厅开放时间',
    closedDay: '当天大厅不开放。',
    violations: '违反排班规则',
    none: '没有违反排班规则。',
    windows: '窗口',
    window: '窗口',
    whoServes: '上岗人员（全天开放时段）',
    section: '服务科值班',
    onCall: '备勤',
    cover: 'AB 角顶岗建议',
    coverLine: (absent: string, window: string, from: string, to: string, who: string) =>
      `${absent} 在 ${from}–${to} 不在 ${window} 窗口，建议由 ${who} 顶岗`,
    vacancy: (absent: string, window: string, from: string, to: string) =>
      `空岗风险：${absent} 在 ${from}–${to} 不在 ${window} 窗口，没有可顶岗的 B 角`,
    save: '保存排班',
    saved: (v: number) => `已保存（第 ${v} 版）。`,
    stale: '保存失败：在您编辑期间，其他人修改了这一天的排班。以下是最新排班，请核对后重新保存。',
    staleLine: (who: string, at: string, staff: string) =>
      `${at}，${who} 修改了：${staff || '（无人员变化）'}`,
    stranded: '这样改会让以下预约无人办理：',
    strandedLine: (code: string, start: string, window: string) => `预约 ${code}，${start}，${window} 窗口`,
    confirmStranded: '确认保存，并把这些预约交给政务服务管理科改约（须提前 12 小时通知申请人）',
    invalid: '排班内容有误：',
    keepNote: '午间轮岗、上门服务、请假等按时段的安排请通过管理接口编辑，此页保存时保留不变。',
  },
  kinds: {
    workday: '工作日',
    restday: '休息日',
    holiday: '法定节假日',
    'makeup-workday': '调休上班',
  } satisfies Record<DayKind, string>,
  rules: {
    window_unstaffed: '空岗：窗口开放但无人',
    minimum_not_met: '未达到最低值守要求',
    duty_minimum_not_met: '值班人数不足',
    door_to_door_alone: '上门服务须至少两人',
    unknown_staff: '人员不在名录中',
    not_allowed_at_window: '该人员不能在此窗口办理',
    double_booked: '同一人同一时段被排在两处',
    unknown_window: '本大厅没有这个窗口',
  } satisfies Record<StaffingRuleCode, string>,
  violationLine: (rule: string, from: string, to: string, where: string, found?: number, needed?: number) =>
    `${from}–${to} ${where}：${rule}${needed !== undefined ? `（现 ${found ?? 0}，需 ${needed}）` : ''}`,
};

const en: typeof zh = {
  console: {
    title: 'Admin console',
    rota: 'Duty rota (month)',
    directory: 'Staff directory',
    calendar: 'Calendar overrides',
    config: 'Hall configuration',
    audit: 'Configuration audit trail',
  },
  month: {
    title: (month: string) => `Rota for ${month}`,
    hall: 'Hall',
    show: 'Show',
    problems: 'Days with staffing problems',
    noProblems: 'No staffing problems this month.',
    date: 'Date',
    kind: 'Day',
    status: 'Rota',
    issues: 'Problems',
    planned: (v: number) => `Planned (version ${v})`,
    unplanned: 'Not planned',
    closed: 'Closed',
    count: (n: number) => `${n}`,
    generate: 'Draft this month from the pattern',
    generateNote:
      'A holders on working days with the lunch rotation, A and B alternating weekends and holidays; planned days are kept; edit any day afterwards.',
    prev: 'Previous month',
    next: 'Next month',
    provisional: (year: string) =>
      `${year}'s make-up days are not published yet: kinds of day are provisional.`,
  },
  day: {
    title: (date: string) => `Rota for ${date}`,
    back: 'Back to the month',
    hours: 'Hall hours',
    closedDay: 'The hall is closed that day.',
    violations: 'Staffing rules broken',
    none: 'No staffing rule is broken.',
    windows: 'Windows',
    window: 'Window',
    whoServes: 'Who serves (all open hours)',
    section: 'Service section on duty',
    onCall: 'On call',
    cover: 'A/B cover proposals',
    coverLine: (absent: string, window: string, from: string, to: string, who: string) =>
      `${absent} is away from ${window} ${from}–${to}: ${who} may cover`,
    vacancy: (absent: string, window: string, from: string, to: string) =>
      `Vacancy risk: ${absent} is away from ${window} ${from}–${to} and no B holder is free`,
    save: 'Save the rota',
    saved: (v: number) => `Saved (version ${v}).`,
    stale:
      'Not saved: someone changed this day while you were editing. The current rota is below; check it and save again.',
    staleLine: (who: string, at: string, staff: string) =>
      `${at}, ${who} changed: ${staff || '(nobody moved)'}`,
    stranded: 'This change leaves these bookings with nobody to serve them:',
    strandedLine: (code: string, start: string, window: string) =>
      `Booking ${code}, ${start}, window ${window}`,
    confirmStranded:
      'Save anyway and hand these bookings to the section to move (12 hours’ notice to the applicant)',
    invalid: 'The rota is not valid:',
    keepNote:
      'Lunch rotation, door-to-door visits and absences by the hour are edited through the admin API; this page keeps them as they are.',
  },
  kinds: {
    workday: 'Working day',
    restday: 'Rest day',
    holiday: 'Statutory holiday',
    'makeup-workday': 'Make-up working day',
  },
  rules: {
    window_unstaffed: 'Vacancy: the window is open with nobody at it',
    minimum_not_met: 'Minimum staffing not met',
    duty_minimum_not_met: 'Too few on duty',
    door_to_door_alone: 'A door-to-door visit needs two people',
    unknown_staff: 'Not in the staff directory',
    not_allowed_at_window: 'May not serve this window',
    double_booked: 'Rostered in two places at once',
    unknown_window: 'No such window in this hall',
  },
  violationLine: (rule: string, from: string, to: string, where: string, found?: number, needed?: number) =>
    `${from}–${to} ${where}: ${rule}${needed !== undefined ? ` (${found ?? 0} of ${needed})` : ''}`,
};

export const rotaWords: Record<Locale, typeof zh> = { zh, en };
