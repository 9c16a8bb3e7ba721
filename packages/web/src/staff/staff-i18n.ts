import type { Locale } from '../i18n/locale.js';

/**
 * Words of the staff pages' frame and sign-in. Each staff feature keeps its own words beside it in
 * the same shape (Chinese first, English key for key), so features do not crowd one dictionary.
 */
const zh = {
  consoleName: '工作人员工作台',
  signIn: {
    title: '工作人员登录',
    intro: '本机为开发环境：请选择要登录的工作人员（姓名均为虚构）。',
    hostedIntro: '请通过单位统一身份认证登录。',
    button: '登录',
    asMember: (name: string) => `以 ${name} 身份登录`,
    failed: '登录失败，请重新登录。',
    notInDirectory: '您的账号不在本单位工作人员名录中，请联系管理员。',
  },
  signOut: '退出登录',
  signedInAs: '当前登录',
  forbidden: { title: '无权访问', text: '您的角色不能使用这个页面。' },
  roles: {
    'district-admin': '区县管理员',
    desk: '咨询台',
    window: '窗口',
    'section-manager': '政务服务管理科',
  },
  home: { title: '工作台首页', consoles: '我的工作页面' },
  consoles: {
    desk: '咨询台：电话和现场预约登记',
    dispatch: '派单：待分派的预约',
    window: (code: string) => `${code} 窗口：叫号和办件`,
    windowBookings: (code: string) => `${code} 窗口：派单预约（签收、联系、告知）`,
    ledger: '预约台账',
    admin: '管理控制台',
    reports: '数据报表：办件、预约和好差评统计',
  },
};

const en: typeof zh = {
  consoleName: 'Staff console',
  signIn: {
    title: 'Staff sign-in',
    intro: 'Development machine: pick the staff member to sign in as (every name is invented).',
    hostedIntro: 'Sign in with your organisation account.',
    button: 'Sign in',
    asMember: (name: string) => `Sign in as ${name}`,
    failed: 'Sign-in failed; please sign in again.',
    notInDirectory: 'Your account is not in this district’s staff directory; ask your administrator.',
  },
  signOut: 'Sign out',
  signedInAs: 'Signed in',
  forbidden: { title: 'Not allowed', text: 'Your role cannot use this page.' },
  roles: {
    'district-admin': 'District admin',
    desk: 'Desk',
    window: 'Window',
    'section-manager': 'Service management section',
  },
  home: { title: 'Staff home', consoles: 'My pages' },
  consoles: {
    desk: 'Desk: phone and on-site bookings',
    dispatch: 'Dispatch: requests to assign',
    window: (code: string) => `Window ${code}: calling and service`,
    windowBookings: (code: string) => `Window ${code}: dispatched bookings (sign for, contact, notice)`,
    ledger: 'Booking ledger',
    admin: 'Admin console',
    reports: 'Reports: service, booking and rating figures',
  },
};

export const staffWords: Record<Locale, typeof zh> = { zh, en };
export type StaffWords = typeof zh;
