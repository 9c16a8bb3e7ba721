// Shared by this folder's tests only (not exported from the package): a Zibo-like tenant and
// hand-built calendar days, so the tests do not depend on the calendar engine.
import type { CalendarDay, OpenInterval } from '../calendar/calendar-day.js';
import type { DayKind } from '../tenant/day-kind.js';
import { type TenantConfig, TenantConfigSchema } from '../tenant/tenant-config.js';

const sessions = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];
const text = (zh: string, en: string) => ({ zh, en });

/** 淄博市政务服务中心 with the 预约+无休 rules of seed 002 (invented staff and numbers aside). */
export const ziboConfig: TenantConfig = TenantConfigSchema.parse({
  tenant: {
    id: 'zibo',
    name: text('淄博市', 'Zibo'),
    province: 'shandong',
    branding: {
      title: text('淄博政务服务', 'Zibo services'),
      primaryColor: '#b91c1c',
      accentColor: '#1d4ed8',
    },
    phones: { service: '0533-2512345', complaints: '12345' },
    timezone: 'Asia/Shanghai',
  },
  halls: [
    {
      id: 'zibo-center',
      name: text('淄博市政务服务中心', 'Zibo Municipal Service Centre'),
      kind: 'district-hall',
      address: text('淄博市张店区示例路1号', '1 Example Road, Zhangdian, Zibo'),
      openingPolicy: {
        workday: { sessions, mode: 'walk-in' },
        restday: { sessions, mode: 'walk-in' },
        holiday: { sessions, mode: 'appointment-only' },
        extendedService: false,
      },
    },
    {
      id: 'zibo-town',
      name: text('示例镇便民服务中心', 'Example Town Centre'),
      kind: 'convenience-centre',
      address: text('示例镇', 'Example Town'),
      openingPolicy: {
        workday: { sessions, mode: 'walk-in' },
        restday: { sessions: [], mode: 'walk-in' },
        holiday: { sessions: [], mode: 'walk-in' },
        extendedService: false,
      },
    },
  ],
  departments: [{ id: 'approval', name: text('行政审批服务局', 'Administrative Approval Bureau') }],
  windows: [
    {
      id: 'b02',
      code: '二楼 B02',
      name: text('市场准入', 'Market access'),
      hallId: 'zibo-center',
      departmentId: 'approval',
      staffCount: 3,
    },
    {
      id: 'b03',
      code: '二楼 B03',
      name: text('市场准入', 'Market access'),
      hallId: 'zibo-center',
      departmentId: 'approval',
      staffCount: 2,
    },
    {
      id: 't01',
      code: '一楼 01',
      name: text('综合窗口', 'General'),
      hallId: 'zibo-town',
      departmentId: 'approval',
      staffCount: 1,
    },
  ],
  matters: [
    {
      id: 'company-registration',
      name: text('公司（企业）登记', 'Company registration'),
      category: '市场准入',
      departmentId: 'approval',
      windowIds: ['b02', 'b03'],
      waysServed: ['on-site', 'appointment'],
      instant: false,
      availability: { workday: 'open', restday: 'open', holiday: 'appointment-required' },
      promisedDays: 1,
      acceptanceMinutes: 15,
      materials: [
        text('营业执照', 'Business licence'),
        text('法定代表人身份证', 'ID card of the legal representative'),
      ],
      commitmentBased: false,
      slotMinutes: 30,
    },
    {
      id: 'equity-pledge',
      name: text('股权出质登记', 'Equity pledge registration'),
      category: '市场准入',
      departmentId: 'approval',
      windowIds: ['b02'],
      waysServed: ['on-site'],
      instant: true,
      availability: { workday: 'open', restday: 'open', holiday: 'not-offered' },
      promisedDays: 0,
      acceptanceMinutes: 15,
      materials: [],
      commitmentBased: false,
      slotMinutes: 60,
    },
  ],
  bookingPolicy: {
    leadTimeMinutes: 60,
    horizonDays: 30,
    holidayBooking: 'on-prior-working-day',
    deskPhone: {
      phone: '0533-2512345',
      workingDaysOnly: true,
      sessions,
    },
    lateLimitMinutes: 30,
    staffChangeNoticeHours: 12,
    maxBookingMinutes: 240,
    changeCutoffMinutes: 120,
    deskPhoneHoldbackPercent: 20,
    perPerson: { perMatterPerDay: 1, active: 3 },
    rateLimitPerMinute: 10,
  },
});

const twoSessions = (mode: OpenInterval['mode']): OpenInterval[] => sessions.map((s) => ({ ...s, mode }));

/** One day as the calendar engine would give it; by default the Zibo centre's usual hours. */
export function calendarDay(
  date: string,
  kind: DayKind,
  options: { intervals?: OpenInterval[]; hallId?: string; specialPeriod?: string; holidayName?: string } = {},
): CalendarDay {
  const intervals = options.intervals ?? twoSessions(kind === 'holiday' ? 'appointment-only' : 'walk-in');
  return {
    date,
    kind,
    provisional: false,
    holidayName: options.holidayName,
    lunar: '',
    halls: [
      {
        hallId: options.hallId ?? 'zibo-center',
        intervals,
        extendedService: false,
        overridden: false,
        ...(options.specialPeriod ? { specialPeriod: options.specialPeriod } : {}),
      },
    ],
  };
}

/** An instant given as Shanghai wall clock. */
export const at = (iso: string): Date => new Date(iso.length === 16 ? `${iso}:00+08:00` : iso);
