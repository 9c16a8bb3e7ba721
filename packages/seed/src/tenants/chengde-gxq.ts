import type { TenantConfigInput } from '@openhall/domain';
import { halfWorkingDayMinutes } from '../shared/half-working-day-minutes.js';
import { materials as m } from '../shared/materials.js';
import { standardWorkdaySessions } from '../shared/standard-workday.js';
import type { DayHoursInput, LocalizedTextInput, MaterialInput, MatterInput } from '../shared/types.js';

/*
 * 承德高新区政务服务中心 (seed 001: 延时、"不打烊" service plan).
 * The seed names window categories and sections, not matters: the matters are placeholders, one or
 * two per category, listed in ASSUMPTIONS.md.
 */

const hallId = 'chengde-gxq-center';

/** 工作日: normal hours; people accepted or queued at the noon and evening closing are served to the end. */
const workday: DayHoursInput = { sessions: standardWorkdaySessions, mode: 'walk-in', noGapLunch: false };

/** 非工作日"不打烊": 9:00-11:30 and 14:00-17:00, same service as working days. */
const nonWorkingDay: DayHoursInput = {
  sessions: [
    { from: '09:00', to: '11:30' },
    { from: '14:00', to: '17:00' },
  ],
  mode: 'walk-in',
  noGapLunch: false,
};

const nonWorkingKinds: ('restday' | 'holiday')[] = ['restday', 'holiday'];

const approval = 'approval-bureau';
const realEstate = 'real-estate-registration';
const housing = 'housing-administration';
const tax = 'tax-bureau';
const hrss = 'human-resources-social-security';

interface MatterSpec {
  id: string;
  name: LocalizedTextInput;
  category: string;
  departmentId: string;
  windowIds: string[];
  instant: boolean;
  slotMinutes: number;
  materials: MaterialInput[];
}

/** "非工作日提供所有职责范围内的政务服务事项": every matter is open every kind of day, in every channel. */
function matter(spec: MatterSpec): MatterInput {
  return {
    ...spec,
    waysServed: ['on-site', 'appointment', 'remote'],
    mailing: [],
    availability: { workday: 'open', restday: 'open', holiday: 'open' },
    promisedDays: null,
    acceptanceMinutes: 15,
    commitmentBased: false,
  };
}

/** Comprehensive reception (综合受理): at least two windows per category each day, one person each. */
const approvalWindows = ['approval-1', 'approval-2'];
const realEstateWindows = ['real-estate-1', 'real-estate-2'];

export const chengdeGxq: TenantConfigInput = {
  tenant: {
    id: 'chengde-gxq',
    name: { zh: '承德高新技术产业开发区', en: 'Chengde High-tech Industrial Development Zone' },
    province: 'hebei',
    branding: {
      title: { zh: '承德高新区政务服务 · 不打烊', en: 'Chengde High-tech Zone Government Services' },
      primaryColor: '#1e40af',
      accentColor: '#047857',
    },
    // The seed promises to publish consultation phones but gives none: the 12345 hotline stands in.
    phones: { service: '12345', complaints: '12345' },
    timezone: 'Asia/Shanghai',
  },
  halls: [
    {
      id: hallId,
      name: { zh: '承德高新区政务服务中心', en: 'Chengde High-tech Zone Government Service Centre' },
      kind: 'district-hall',
      address: {
        zh: '承德高新区政务服务中心（详细地址待管理员填写）',
        en: 'Chengde High-tech Zone Government Service Centre (street address to be set by the admin)',
      },
      openingPolicy: {
        workday,
        restday: nonWorkingDay,
        holiday: nonWorkingDay,
        // 延时服务 on working days, and "不打烊期间执行延时服务工作模式".
        extendedService: true,
        specialPeriods: [],
      },
    },
  ],
  departments: [
    { id: approval, name: { zh: '承德高新区行政审批局', en: 'Administrative Approval Bureau' } },
    {
      id: realEstate,
      name: {
        zh: '不动产登记中心高新区分中心',
        en: 'Real Estate Registration Centre, High-tech Zone branch',
      },
    },
    { id: housing, name: { zh: '开发区房产管理处', en: 'Development Zone Housing Administration Office' } },
    { id: tax, name: { zh: '承德高新区税务局', en: 'Taxation Bureau' } },
    { id: hrss, name: { zh: '承德高新区人社局', en: 'Human Resources and Social Security Bureau' } },
  ],
  windows: [
    ...approvalWindows.map((id, i) => ({
      id,
      code: `行政审批综合受理 ${i + 1}`,
      name: { zh: '行政审批综合受理窗口', en: 'Administrative approval reception' },
      hallId,
      departmentId: approval,
      staffCount: 1,
      kind: 'comprehensive' as const,
    })),
    ...realEstateWindows.map((id, i) => ({
      id,
      code: `不动产登记综合受理 ${i + 1}`,
      name: { zh: '不动产登记综合受理窗口', en: 'Real-estate registration reception' },
      hallId,
      departmentId: realEstate,
      staffCount: 1,
      kind: 'comprehensive' as const,
    })),
    {
      id: 'housing',
      code: '房产管理',
      name: { zh: '房产管理窗口', en: 'Housing administration' },
      hallId,
      departmentId: housing,
      staffCount: 1,
    },
    {
      id: 'tax',
      code: '税务',
      name: { zh: '税务窗口', en: 'Taxation' },
      hallId,
      departmentId: tax,
      staffCount: 1,
    },
    {
      id: 'social-security',
      code: '人社',
      name: { zh: '人社窗口', en: 'Human resources and social security' },
      hallId,
      departmentId: hrss,
      staffCount: 1,
    },
    {
      id: 'consultation-desk',
      code: '咨询台',
      name: { zh: '咨询台', en: 'Consultation desk' },
      hallId,
      departmentId: approval,
      staffCount: 1,
      kind: 'consultation',
    },
    {
      id: 'cashier',
      code: '收费窗口',
      name: { zh: '收费窗口', en: 'Cashier' },
      hallId,
      departmentId: approval,
      staffCount: 1,
      kind: 'cashier',
    },
    {
      id: 'certificate-issuing',
      code: '出证窗口',
      name: { zh: '出证窗口', en: 'Certificate issuing' },
      hallId,
      departmentId: approval,
      staffCount: 1,
      kind: 'certificate',
    },
  ],
  matters: [
    matter({
      id: 'enterprise-registration',
      name: { zh: '企业设立登记', en: 'Enterprise establishment registration' },
      category: '行政审批',
      departmentId: approval,
      windowIds: approvalWindows,
      instant: false,
      slotMinutes: 30,
      materials: [
        m.applicationForm,
        m.legalRepId,
        m.articlesOfAssociation,
        m.premisesProof,
        m.officerAppointment,
        m.agentAuthorisation,
      ],
    }),
    matter({
      id: 'investment-project-filing',
      name: { zh: '企业投资项目备案', en: 'Enterprise investment project filing' },
      category: '行政审批',
      departmentId: approval,
      windowIds: approvalWindows,
      instant: true,
      slotMinutes: 20,
      materials: [m.applicationForm, m.businessLicence, m.projectInformation],
    }),
    matter({
      id: 'construction-permit',
      name: { zh: '建筑工程施工许可证核发', en: 'Construction permit issuance' },
      category: '行政审批',
      departmentId: approval,
      windowIds: approvalWindows,
      instant: false,
      slotMinutes: 30,
      materials: [
        m.applicationForm,
        m.businessLicence,
        m.landUseProof,
        m.planningPermit,
        m.constructionDrawings,
        m.contractorContract,
        m.safetyMeasures,
      ],
    }),
    matter({
      id: 'public-place-hygiene-licence',
      name: { zh: '公共场所卫生许可', en: 'Public place hygiene licence' },
      category: '行政审批',
      departmentId: approval,
      windowIds: approvalWindows,
      instant: false,
      slotMinutes: 20,
      materials: [m.applicationForm, m.businessLicence, m.legalRepId, m.hygieneInspection],
    }),
    matter({
      id: 'water-abstraction-permit',
      name: { zh: '取水许可', en: 'Water abstraction permit' },
      category: '行政审批',
      departmentId: approval,
      windowIds: approvalWindows,
      instant: false,
      slotMinutes: 30,
      materials: [m.applicationForm, m.businessLicence, m.waterAbstractionDemonstration],
    }),
    matter({
      id: 'real-estate-transfer-registration',
      name: { zh: '不动产转移登记', en: 'Real-estate transfer registration' },
      category: '不动产登记',
      departmentId: realEstate,
      windowIds: realEstateWindows,
      instant: false,
      slotMinutes: 30,
      materials: [
        m.applicationForm,
        m.applicantId,
        m.householdRegister,
        m.realEstateCertificate,
        m.saleContract,
        m.taxPaymentProof,
      ],
    }),
    matter({
      id: 'real-estate-records-query',
      name: { zh: '不动产登记资料查询', en: 'Real-estate records query' },
      category: '不动产登记',
      departmentId: realEstate,
      windowIds: realEstateWindows,
      instant: true,
      slotMinutes: 15,
      materials: [m.applicantId, m.agentAuthorisation],
    }),
    matter({
      id: 'housing-contract-filing',
      name: { zh: '商品房买卖合同网签备案', en: 'Online filing of commodity housing sale contracts' },
      category: '房产交易',
      departmentId: housing,
      windowIds: ['housing'],
      instant: true,
      slotMinutes: 20,
      materials: [m.applicantId, m.purchaseContract, m.agentAuthorisation],
    }),
    matter({
      id: 'invoice-issuing',
      name: { zh: '发票领用、代开', en: 'Invoice collection and issuing on behalf' },
      category: '税务',
      departmentId: tax,
      windowIds: ['tax'],
      instant: true,
      slotMinutes: 15,
      materials: [m.taxRegistration, m.businessLicence, m.invoiceApplication],
    }),
    matter({
      id: 'social-security-card',
      name: { zh: '社会保障卡申领', en: 'Social security card application' },
      category: '人力资源和社会保障',
      departmentId: hrss,
      windowIds: ['social-security'],
      instant: false,
      slotMinutes: 15,
      materials: [m.applicantId, m.photo, m.bankCard],
    }),
  ],
  bookingPolicy: {
    leadTimeMinutes: 60,
    horizonDays: 30,
    holidayBooking: 'anytime',
    // The consultation desk is staffed every day; these are the hours common to every kind of day.
    deskPhone: {
      workingDaysOnly: false,
      sessions: [
        { from: '09:00', to: '11:30' },
        { from: '14:00', to: '17:00' },
      ],
    },
    lateLimitMinutes: 30,
    staffChangeNoticeHours: 12,
    maxBookingMinutes: halfWorkingDayMinutes(workday),
    changeCutoffMinutes: 60,
    deskPhoneHoldbackPercent: 20,
    perPerson: { perMatterPerDay: 1, active: 3 },
    rateLimitPerMinute: 20,
    phoneVerification: 'sms',
  },
  calendarOverrides: [],
  /**
   * Seed 001's non-working-day staffing: at least 2 open comprehensive windows per category with 1
   * person each; every public service window 1; consultation desk, cashier and certificate windows
   * 1 each; the service section 1. Off-duty staff on call are rostered, not counted.
   */
  staffingRules: {
    minimums: [
      { dayKinds: nonWorkingKinds, windowKind: 'comprehensive', per: 'department', windows: 2, people: 1 },
      { dayKinds: nonWorkingKinds, windowKind: 'department', per: 'window', windows: 1, people: 1 },
      { dayKinds: nonWorkingKinds, windowKind: 'consultation', per: 'window', windows: 1, people: 1 },
      { dayKinds: nonWorkingKinds, windowKind: 'cashier', per: 'window', windows: 1, people: 1 },
      { dayKinds: nonWorkingKinds, windowKind: 'certificate', per: 'window', windows: 1, people: 1 },
    ],
    dutyMinimums: [{ dayKinds: nonWorkingKinds, duty: 'service-section', people: 1 }],
  },
};
