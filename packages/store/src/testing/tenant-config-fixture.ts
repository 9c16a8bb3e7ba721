import { type TenantConfig, TenantConfigSchema } from '@openhall/domain';

const WEEKDAY_SESSIONS = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

/**
 * A small valid configuration (one hall, one department, one window, one matter) for store tests;
 * invented names, parsed by the real schema so a schema change breaks the fixture loudly.
 */
export function tenantConfigFixture(tenantId: string): TenantConfig {
  return TenantConfigSchema.parse({
    tenant: {
      id: tenantId,
      name: { zh: '示例区', en: 'Example District' },
      province: 'shandong',
      branding: {
        title: { zh: '示例区政务服务中心', en: 'Example District Service Hall' },
        primaryColor: '#b91c1c',
        accentColor: '#1d4ed8',
      },
      phones: { service: '0533-2512345', complaints: '12345' },
      timezone: 'Asia/Shanghai',
    },
    halls: [
      {
        id: 'city-center',
        name: { zh: '区政务服务中心', en: 'District Service Hall' },
        kind: 'district-hall',
        address: { zh: '示例路 1 号', en: '1 Example Road' },
        openingPolicy: {
          workday: { sessions: WEEKDAY_SESSIONS, mode: 'walk-in', noGapLunch: true },
          restday: { sessions: [{ from: '09:00', to: '16:00' }], mode: 'walk-in' },
          holiday: { sessions: [], mode: 'appointment-only' },
          extendedService: true,
        },
      },
    ],
    departments: [{ id: 'approval', name: { zh: '行政审批局', en: 'Administrative Approval Bureau' } }],
    windows: [
      {
        id: 'b02',
        code: '二楼 B02',
        name: { zh: '市场准入窗口', en: 'Market Access Window' },
        hallId: 'city-center',
        departmentId: 'approval',
        staffCount: 2,
      },
    ],
    matters: [
      {
        id: 'company-registration',
        name: { zh: '公司（企业）登记', en: 'Company registration' },
        category: '市场准入',
        departmentId: 'approval',
        windowIds: ['b02'],
        waysServed: ['on-site', 'appointment'],
        instant: false,
        availability: { workday: 'open', restday: 'appointment-required', holiday: 'not-offered' },
        promisedDays: 3,
        acceptanceMinutes: 15,
        materials: [{ zh: '营业执照申请书', en: 'Application form' }],
        commitmentBased: false,
        slotMinutes: 30,
      },
    ],
    bookingPolicy: {
      leadTimeMinutes: 60,
      horizonDays: 14,
      holidayBooking: 'on-prior-working-day',
      deskPhone: { phone: '0533-2512345', workingDaysOnly: true, sessions: WEEKDAY_SESSIONS },
      lateLimitMinutes: 30,
      staffChangeNoticeHours: 12,
      maxBookingMinutes: 240,
      changeCutoffMinutes: 120,
      deskPhoneHoldbackPercent: 20,
      perPerson: { perMatterPerDay: 1, active: 5 },
      rateLimitPerMinute: 30,
    },
  });
}
