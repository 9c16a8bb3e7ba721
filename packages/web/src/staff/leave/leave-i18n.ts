import type { LeaveApplicationState } from '@openhall/domain';
import type { Locale } from '../../i18n/locale.js';

const hm = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '';
  const m = Math.abs(minutes);
  return `${sign}${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
};

/** Words of 我的调休 and 调休审批 (Chinese first, English key for key). */
const zh = {
  mine: {
    title: '我的调休',
    homeLink: '我的调休',
    balance: (m: number) => `可调休余额：${hm(m)}（${m} 分钟）`,
    ledger: '调休台账',
    noLedger: '还没有调休记录。',
    date: '日期',
    minutes: '时长',
    why: '原因',
    kind: '方式',
    form: '申请调休',
    hall: '大厅',
    day: '日期',
    from: '开始时间',
    to: '结束时间',
    cover: '顶岗同事',
    noCover: '（不在窗口值班时可不填）',
    reason: '事由',
    submit: '提交申请',
    requests: '我的申请',
    noRequests: '还没有调休申请。',
    withdraw: '撤回',
    sent: '申请已提交，等待科室负责人审批。',
    withdrawn: '申请已撤回。',
    fix: '申请未提交，请按提示修改：',
  },
  review: {
    title: '调休审批',
    homeLink: '调休审批',
    none: '没有待审批的调休申请。',
    who: '申请人',
    when: '时间',
    cover: '顶岗',
    reason: '事由',
    approve: '批准',
    refuse: '不批准',
    refuseReason: '不批准的理由',
    approved: '已批准：已排入当天排班并记入调休台账。',
    refused: '已不批准。',
  },
  states: {
    requested: '待审批',
    approved: '已批准',
    refused: '未批准',
    withdrawn: '已撤回',
  } satisfies Record<LeaveApplicationState, string>,
  reasons: {
    restday: '休息日值班',
    holiday: '法定节假日值班',
    'lunch-rotation': '午间轮岗',
    'extended-service': '延时服务',
    'door-to-door': '上门服务',
    'out-of-hours': '预约延时',
    'leave-taken': '调休',
  } as Record<string, string>,
  compensation: { leave: '调休', allowance: '发放补贴' } as Record<string, string>,
  trailStep: (state: string, at: string, by: string) =>
    `${state} · ${at.slice(0, 16).replace('T', ' ')} · ${by}`,
  problems: {
    leave_needs_cover: (names: string) =>
      `这段时间您在窗口值班，须请一位能顶岗的同事（同窗口的 AB 角且当时空闲）：${names || '当时没有空闲的同事'}。`,
    leave_balance_short: (balance: number, asked: number) =>
      `调休余额不足：余额 ${hm(balance)}（已扣除待审批的申请），本次申请 ${hm(asked)}。`,
    leave_request_closed: (state: string) => `这条申请${state}，不能再处理。`,
    leave_request_own: '不能审批自己的申请。',
    leave_refusal_reason_missing: '不批准须写明理由。',
    time_off_changed: '此人的调休余额刚被另一次审批使用，请刷新后再审批。',
    other: '操作未完成，请刷新后再试。',
  },
  minutes: hm,
};

const en: typeof zh = {
  mine: {
    title: 'My time off',
    homeLink: 'My time off',
    balance: (m: number) => `Leave balance: ${hm(m)} (${m} minutes)`,
    ledger: 'Time-off ledger',
    noLedger: 'No time off recorded yet.',
    date: 'Date',
    minutes: 'Length',
    why: 'Reason',
    kind: 'As',
    form: 'Request leave',
    hall: 'Hall',
    day: 'Date',
    from: 'From',
    to: 'To',
    cover: 'Covered by',
    noCover: '(may stay empty when you serve no window then)',
    reason: 'Reason',
    submit: 'Send request',
    requests: 'My requests',
    noRequests: 'No leave requests yet.',
    withdraw: 'Withdraw',
    sent: 'Request sent; a section manager will decide.',
    withdrawn: 'Request withdrawn.',
    fix: 'Not sent; please correct:',
  },
  review: {
    title: 'Leave requests',
    homeLink: 'Leave requests',
    none: 'No leave requests are waiting.',
    who: 'Requested by',
    when: 'When',
    cover: 'Cover',
    reason: 'Reason',
    approve: 'Approve',
    refuse: 'Refuse',
    refuseReason: 'Reason for refusing',
    approved: 'Approved: on the day’s rota and in the time-off ledger.',
    refused: 'Refused.',
  },
  states: { requested: 'waiting', approved: 'approved', refused: 'refused', withdrawn: 'withdrawn' },
  reasons: {
    restday: 'rest-day duty',
    holiday: 'holiday duty',
    'lunch-rotation': 'lunch rotation',
    'extended-service': 'extended service',
    'door-to-door': 'door-to-door visit',
    'out-of-hours': 'out-of-hours appointment',
    'leave-taken': 'leave taken',
  },
  compensation: { leave: 'leave', allowance: 'allowance paid' },
  trailStep: zh.trailStep,
  problems: {
    leave_needs_cover: (names: string) =>
      `You serve a window then: name a colleague who can cover (an A/B holder of that window, free then): ${names || 'nobody is free then'}.`,
    leave_balance_short: (balance: number, asked: number) =>
      `Balance too low: ${hm(balance)} (less pending requests); this request asks ${hm(asked)}.`,
    leave_request_closed: (state: string) => `This request is ${state} already.`,
    leave_request_own: 'You cannot decide your own request.',
    leave_refusal_reason_missing: 'A refusal needs a reason.',
    time_off_changed: "This person's balance was just spent by another approval; reload and decide again.",
    other: 'Not done; please reload and try again.',
  },
  minutes: hm,
};

export const leaveWords: Record<Locale, typeof zh> = { zh, en };
