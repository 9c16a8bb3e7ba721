import type { BookingStatus, DayKind, MatterAvailability } from '@openhall/domain';
import type { ClosedReason, ErrorParams, PageErrorCode } from './page-error-code.js';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function weekday(date: string): string {
  const [y, m, d] = parts(date);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** Hours as a hall manager says them: 120 minutes is "2 小时". */
function duration(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} 小时` : `${minutes} 分钟`;
}

function deskPhoneHint(p: ErrorParams): string {
  const phone = p.policy.deskPhone.phone;
  const when = p.policy.deskPhone.sessions.map((s) => `${s.from}-${s.to}`).join('、');
  const days = p.policy.deskPhone.workingDaysOnly ? '工作日' : '每天';
  return phone ? `可在${days} ${when} 致电 ${phone} 或到咨询台登记。` : `可在${days} ${when} 到咨询台登记。`;
}

/** One message per refusal code; a code without words fails the type-check. */
const ruleErrors: Record<PageErrorCode, (p: ErrorParams) => string> = {
  unknown_matter: () => '没有找到这个事项。',
  matter_retired: () => '大厅已不再办理这个事项，无法改约。您可以取消预约，或致电大厅咨询。',
  unknown_hall: () => '没有找到这个大厅。',
  matter_not_in_hall: () => '这个大厅不办理本事项，请换一个大厅。',
  matter_not_offered: () => '当天不办理本事项，请换一天。',
  outside_hours: () => '这个时间不在开放时段内，请重新选择时段。',
  in_past: () => '这个时段已经开始，请选择之后的时段。',
  lead_time: (p: ErrorParams) => `请至少提前 ${duration(p.policy.leadTimeMinutes)}预约，请选择更晚的时段。`,
  beyond_horizon: (p: ErrorParams) => `只能预约 ${p.policy.horizonDays} 天以内的时段。`,
  desk_phone_closed: (p: ErrorParams) => `现在不受理电话和现场预约。${deskPhoneHint(p)}`,
  holiday_booking_window_closed: (p: ErrorParams) =>
    `法定节假日的时段需在节前的工作日预约。${deskPhoneHint(p)}`,
  provisional_day: () => '当天为临时安排，以国务院公布为准，暂不接受网上预约，请选择其他日期或致电大厅。',
  appointment_only_day: () => '当天只接待已预约的群众。',
  per_person_limit: (p: ErrorParams) =>
    `同一手机号同一事项每天最多预约 ${p.policy.perPerson.perMatterPerDay} 次，全部未办理的预约最多 ${p.policy.perPerson.active} 个。`,
  slot_full: () => '刚才有人约满了这个时段，请选择其他时段。',
  rate_limited: (p: ErrorParams) =>
    `操作太频繁，请 ${Math.max(1, Math.ceil((p.retryAfterSeconds ?? 60) / 60))} 分钟后再试。`,
  booking_not_found: () => '没有找到预约：请核对预约码和手机号。',
  change_cutoff_passed: (p: ErrorParams) =>
    `开始前 ${duration(p.policy.changeCutoffMinutes)}内不能在线修改或取消，请致电大厅。`,
  idempotency_key_reused: () => '表单已过期，请重新填写并提交。',
  booking_not_active: () => '这个预约已取消或已结束，不能再修改。',
  booking_busy: () => '很多人正在预约这个时段，这次没有约上，请再试一次。',
  phone_not_verified: () => '手机号还没有验证：请获取短信验证码并填写。',
  verification_code_wrong: () => '验证码不对，请核对短信后重新输入。',
  verification_expired: () => '验证码已过期，请重新获取。',
  verification_locked: () => '验证码输错次数太多，请重新获取。',
  verification_used: () => '这个验证码已经用过了，请重新获取。',
  verification_not_found: () => '验证码已失效，请重新获取。',
  resend_too_soon: () => '验证码刚刚发出，请稍等 1 分钟再重新获取。',
  sms_unavailable: () => '暂时无法发送短信，请稍后再试或致电大厅。',
  validation: () => '填写的内容有误，请检查后重新提交。',
  validation_failed: () => '填写的内容有误，请检查后重新提交。',
  unknown: () => '暂时无法完成，请稍后再试或致电咨询。',
};

/** Every text of the citizen pages in Chinese (the default language). `Messages` is its type. */
export const zh = {
  htmlLang: 'zh-CN',
  otherLanguage: { name: 'English', htmlLang: 'en', code: 'en' },
  skipLink: '跳到主要内容',
  navLabel: '主导航',
  nav: { home: '首页', myBooking: '我的预约' },
  elder: { turnOn: '长辈模式', turnOff: '标准模式' },
  footer: { service: '咨询电话', complaints: '投诉电话', product: '不打烊 · 政务服务预约' },
  errorPrefix: '错误：',
  colon: '：',
  dayKind: {
    workday: '工作日',
    restday: '休息日',
    holiday: '法定节假日',
    'makeup-workday': '调休补班',
  } satisfies Record<DayKind, string>,
  dateShort: (date: string) => {
    const [, m, d] = parts(date);
    return `${m}月${d}日 ${weekday(date)}`;
  },
  dateLong: (date: string) => {
    const [y, m, d] = parts(date);
    return `${y}年${m}月${d}日 ${weekday(date)}`;
  },
  timeRange: (from: string, to: string) => `${from}–${to}`,
  /** Names of statutory holidays come from the national calendar in Chinese. */
  holidayName: (name: string) => name,
  listSeparator: '、',
  hours: {
    closed: '不开放',
    appointmentOnly: '仅限预约',
    extendedService: '延时服务：下班时仍在办理或等候的，办完为止',
    overridden: '当日时间有临时调整',
    extendedServiceShort: '延时服务',
    provisional: '临时安排，以国务院公布为准',
  },
  home: {
    contact: '联系电话',
    halls: '服务大厅',
    hallPhone: '大厅电话',
    address: '地址',
    today: (date: string) => `今天 ${date}`,
    thisWeek: '近七天开放时间',
    weekCaption: (name: string) => `${name} 本周开放时间`,
    columns: { date: '日期', hours: '开放时间' },
    todayMark: '（今天）',
    searchHeading: '办理事项',
    searchLabel: '搜索事项',
    searchHint: '输入事项名称、类别或拼音首字母，如“发票”“社保”“bdc”',
    searchButton: '搜索',
    results: (n: number, q: string) => `“${q}”找到 ${n} 个事项`,
    noResults: (q: string) => `没有找到“${q}”相关的事项，请换个说法，或致电咨询。`,
    allMatters: (n: number) => `全部 ${n} 个事项`,
    showAll: '查看全部事项',
  },
  matter: {
    department: '办理部门',
    category: '类别',
    windows: '办理窗口',
    floor: (n: number) => (n < 0 ? `地下${-n}层` : `${n}楼`),
    ways: '办理方式',
    way: { 'on-site': '现场办理', appointment: '预约办理', remote: '网上或电话办理' },
    instant: '即办件：材料齐全当场办结',
    promised: (days: number | null) => (days === null ? '以办事指南为准' : `${days} 个工作日`),
    promisedLabel: '承诺时限',
    acceptance: (minutes: number) => `到窗口后 ${minutes} 分钟内受理`,
    mailing: { 'one-way': '可邮寄结果', 'two-way': '可邮寄材料和结果' },
    commitmentBased: '可告知承诺办理',
    materials: '一次告知：请携带以下材料',
    materialsNone: '无需额外材料',
    materialsNote: '材料齐全即可办理，不会再让您补交清单以外的材料。',
    bookHeading: '预约办理',
    chooseHall: '选择大厅',
    chooseDate: '选择日期',
    currentHall: '（当前）',
    availability: {
      open: '可预约',
      'appointment-required': '需预约',
      'not-offered': '不办理',
    } satisfies Record<MatterAvailability, string>,
    notByAppointment: '本事项不需要预约，请在开放时间到现场办理。',
    noHall: '本事项暂无可预约的大厅。',
  },
  closedReason: {
    hall_closed: '大厅不开放',
    matter_not_offered: '当天不办理本事项',
    holiday_booking_window_closed: '节假日需在节前工作日预约',
    provisional_day: '暂不接受网上预约',
    no_slot_left: '已无可预约的时段',
  } satisfies Record<ClosedReason, string>,
  book: {
    title: (matter: string) => `预约：${matter}`,
    hallDate: '大厅和日期',
    changeDate: '换一天',
    slotLegend: '选择时段',
    remaining: (n: number) => `剩余 ${n} 个`,
    full: '已约满',
    applicantLegend: '申请人信息',
    name: '姓名',
    nameHint: '与身份证件一致',
    phone: '手机号码',
    phoneHint: '11 位手机号，查询和修改预约时要用',
    organisation: '单位名称（选填）',
    organisationHint: '为企业或单位办理时填写',
    agent: '我是委托代理人（替他人办理）',
    agentHint: '请携带授权委托书和您本人的身份证件',
    submit: '提交预约',
    noSlots: '这一天没有可预约的时段。',
    noSlotsLeft: '这一天的时段已过或需要提前预约的时间不够。',
    allFull: '这一天的时段都已约满。',
    heldBack: (p: ErrorParams) => `这一天的名额都留给现场和电话预约。${deskPhoneHint(p)}`,
    nextDays: '最近可以预约的日期',
    noNextDays: '近期没有可预约的日期，请致电咨询。',
    leadTimeNote: (p: ErrorParams) =>
      `请至少提前 ${duration(p.policy.leadTimeMinutes)}预约；开始前 ${duration(p.policy.changeCutoffMinutes)}内不能在线修改或取消。`,
    datePast: '这一天已经过去，请选择今天或以后的日期。',
    closedBecause: (reason: string) => `原因：${reason}`,
  },
  fieldErrors: {
    name: '请填写姓名：2 到 40 个汉字或字母',
    phone: '请填写 11 位手机号，例如 13812345678',
    organisation: '单位名称请不要超过 100 个字',
    start: '请选择一个时段',
    code: '预约码是 9 位字母和数字，请逐位核对',
  },
  errorSummary: (n: number) => `请更正以下 ${n} 处问题`,
  ruleErrors,
  confirmation: {
    title: '预约成功',
    repeated: '这是您刚才提交的预约，无需重复提交。',
    codeLabel: '预约码',
    codeHint: '请截图或记下预约码，到窗口出示即可。',
    qrLabel: (code: string) => `预约码 ${code} 的二维码`,
    when: '时间',
    matter: '事项',
    hall: '大厅',
    window: '窗口',
    address: '地址',
    hallPhone: '大厅电话',
    applicant: '申请人',
    agent: '（委托代理人）',
    downloadIcs: '加入手机日历（下载 .ics 文件）',
    manage: '查看、改约或取消预约',
    goTo: (window: string) => `请到 ${window}`,
    sign: '窗口标牌',
  },
  verifyPhone: {
    title: '验证手机号',
    confirm: '确认预约',
  },
  myBookings: {
    title: '我的全部预约',
    intro: '忘记预约码？输入预约时填写的手机号，用短信验证码查看这个手机号的全部有效预约。',
    sendCode: '发送验证码',
    codeSent: (phone: string) => `验证码已发送到 ${phone}，5 分钟内有效。`,
    codeLabel: '短信验证码',
    codeHint: '6 位数字',
    show: '查看我的预约',
    resend: '没收到？重新获取验证码',
    none: '这个手机号目前没有有效的预约。',
    open: '查看详情',
    lostCode: '忘记预约码？用手机短信验证码查看全部预约',
  },
  myBooking: {
    title: '我的预约',
    intro: '输入预约码和预约时填写的手机号。',
    codeLabel: '预约码',
    codeHint: '9 位，例如 K7Q-XM4-RTD',
    find: '查询预约',
    status: '状态',
    statuses: {
      booked: '已预约',
      cancelled: '已取消',
      'checked-in': '已签到',
      completed: '已办结',
      'no-show': '未到（已关闭）',
    } satisfies Record<BookingStatus, string>,
    actions: '修改预约',
    cancel: '取消预约',
    reschedule: '改约',
    cancelTitle: '确认取消预约',
    cancelQuestion: (when: string) => `确定要取消 ${when} 的预约吗？取消后这个时段会让给其他人。`,
    cancelYes: '确认取消',
    cancelNo: '不取消，返回',
    cancelled: '预约已取消。',
    rescheduleTitle: '改约',
    rescheduleDate: '选择新的日期',
    rescheduleSlot: '选择新的时段',
    rescheduleConfirm: '确认改到这个时段',
    rescheduled: '改约成功，请按新的时间到窗口办理。',
    current: '原预约时间',
    back: '返回预约详情',
    strandedTitle: '您的预约受大厅调整影响',
    stranded: (phone: string | undefined) =>
      phone
        ? `大厅调整了安排，您的预约受影响。请联系 ${phone} 改约或取消。`
        : '大厅调整了安排，您的预约受影响。请联系大厅改约或取消。',
  },
  notFound: {
    title: '页面不存在',
    tenant: '没有找到这个服务大厅，请检查网址是否正确。',
    matter: '没有找到这个事项，可能已调整，请返回首页查找。',
    page: '没有找到这个页面。',
    home: '返回首页',
  },
  serverError: { title: '系统繁忙', text: '系统暂时无法处理，请稍后再试，或致电咨询。' },
};
