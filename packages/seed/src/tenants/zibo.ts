import type { TenantConfigInput } from '@openhall/domain';
import { halfWorkingDayMinutes } from '../shared/half-working-day-minutes.js';
import { materials as m } from '../shared/materials.js';
import type { DayHoursInput, MatterInput } from '../shared/types.js';

/*
 * 淄博市政务服务中心 (seed 002: 淄政管办通〔2024〕1号, "预约+无休").
 * The seed names its matter list (附件1 《“预约+无休”政务服务事项清单》) but does not carry it, so the
 * matters below are placeholders; see ASSUMPTIONS.md.
 */

const hallId = 'zibo-center';

/** The seed's two sessions: the weekend hours and the hours the booking phone answers on working days. */
const sessions: DayHoursInput['sessions'] = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

const workday: DayHoursInput = { sessions, mode: 'walk-in', noGapLunch: false };

/** 周末无休: list matters served without booking on weekend rest days. */
const restday: DayHoursInput = { sessions, mode: 'walk-in', noGapLunch: false };

/** 节假日预约: at the agreed time only; the agreed times are taken inside the weekend sessions. */
const holiday: DayHoursInput = { sessions, mode: 'appointment-only', noGapLunch: false };

/** Every matter on the list: walk-in on working days and weekends, booked ahead for holidays. */
const listAvailability: MatterInput['availability'] = {
  workday: 'open',
  restday: 'open',
  holiday: 'appointment-required',
};

const approval = 'approval-bureau';
const serviceOffice = 'service-office';

export const zibo: TenantConfigInput = {
  tenant: {
    id: 'zibo',
    name: { zh: '淄博市', en: 'Zibo' },
    province: 'shandong',
    branding: {
      title: { zh: '淄博市政务服务中心 · 预约+无休', en: 'Zibo Government Service Centre' },
      primaryColor: '#0f766e',
      accentColor: '#9a3412',
    },
    // The booking line is the only number the seed publishes; complaints go to the 12345 hotline.
    phones: { service: '0533-2512345', complaints: '12345' },
    timezone: 'Asia/Shanghai',
  },
  halls: [
    {
      id: hallId,
      name: { zh: '淄博市政务服务中心', en: 'Zibo Municipal Government Service Centre' },
      kind: 'district-hall',
      address: {
        zh: '淄博市政务服务中心（详细地址待管理员填写）',
        en: 'Zibo Municipal Government Service Centre (street address to be set by the admin)',
      },
      phone: '0533-2512345',
      openingPolicy: { workday, restday, holiday, extendedService: false, specialPeriods: [] },
    },
  ],
  departments: [
    {
      id: approval,
      name: { zh: '淄博市行政审批服务局', en: 'Zibo Administrative Approval Services Bureau' },
    },
    {
      id: serviceOffice,
      name: { zh: '淄博市政务服务管理办公室', en: 'Zibo Government Service Management Office' },
    },
  ],
  windows: [
    {
      id: 'market-access-1',
      code: '市场准入 1',
      name: { zh: '市场准入窗口', en: 'Market access' },
      hallId,
      departmentId: approval,
      staffCount: 1,
    },
    {
      id: 'construction-1',
      code: '工程建设 1',
      name: { zh: '工程建设窗口', en: 'Construction projects' },
      hallId,
      departmentId: approval,
      staffCount: 1,
    },
    {
      id: 'consultation-desk',
      code: '咨询台',
      name: { zh: '咨询台（节假日预约登记）', en: 'Consultation desk (holiday bookings)' },
      hallId,
      departmentId: serviceOffice,
      staffCount: 1,
      kind: 'consultation',
    },
  ],
  matters: [
    {
      id: 'enterprise-establishment',
      name: { zh: '企业开办（设立登记）', en: 'Starting a business (establishment registration)' },
      category: '市场准入',
      departmentId: approval,
      windowIds: ['market-access-1'],
      waysServed: ['on-site', 'appointment'],
      instant: false,
      availability: listAvailability,
      promisedDays: null,
      acceptanceMinutes: 15,
      materials: [
        m.applicationForm,
        m.legalRepId,
        m.articlesOfAssociation,
        m.premisesProof,
        m.officerAppointment,
        m.agentAuthorisation,
      ],
      commitmentBased: false,
      slotMinutes: 30,
    },
    {
      id: 'food-business-licence',
      name: { zh: '食品经营许可', en: 'Food business licence' },
      category: '市场准入',
      departmentId: approval,
      windowIds: ['market-access-1'],
      waysServed: ['on-site', 'appointment'],
      instant: false,
      availability: listAvailability,
      promisedDays: null,
      acceptanceMinutes: 15,
      materials: [m.applicationForm, m.businessLicence, m.legalRepId, m.premisesProof, m.foodSafetyRules],
      commitmentBased: false,
      slotMinutes: 30,
    },
    {
      id: 'construction-permit',
      name: { zh: '建筑工程施工许可证核发', en: 'Construction permit issuance' },
      category: '工程建设',
      departmentId: approval,
      windowIds: ['construction-1'],
      waysServed: ['on-site', 'appointment'],
      instant: false,
      availability: listAvailability,
      promisedDays: null,
      acceptanceMinutes: 15,
      materials: [
        m.applicationForm,
        m.businessLicence,
        m.landUseProof,
        m.planningPermit,
        m.constructionDrawings,
        m.contractorContract,
        m.safetyMeasures,
      ],
      commitmentBased: false,
      slotMinutes: 45,
    },
  ],
  bookingPolicy: {
    leadTimeMinutes: 60,
    horizonDays: 30,
    // 节假日预约: a holiday slot is requested on a working day before the holiday.
    holidayBooking: 'on-prior-working-day',
    deskPhone: { phone: '0533-2512345', workingDaysOnly: true, sessions },
    lateLimitMinutes: 30,
    staffChangeNoticeHours: 12,
    // "原则上预约事项办理时间单人次不超过0.5个工作日"
    maxBookingMinutes: halfWorkingDayMinutes(workday),
    // Holiday staff are called in for the booking, so a citizen's change needs the same 12 hours.
    changeCutoffMinutes: 720,
    deskPhoneHoldbackPercent: 30,
    perPerson: { perMatterPerDay: 1, active: 3 },
    rateLimitPerMinute: 20,
    phoneVerification: 'sms',
  },
  calendarOverrides: [],
};
