import type { TenantConfigInput } from '@openhall/domain';
import { halfWorkingDayMinutes } from '../shared/half-working-day-minutes.js';
import { materials as m } from '../shared/materials.js';
import { standardWorkdaySessions } from '../shared/standard-workday.js';
import type { DayHoursInput, LocalizedTextInput, MaterialInput, MatterInput } from '../shared/types.js';

/*
 * 博爱县政务服务大厅 (seed 004: 博政数〔2020〕9号, 四项服务 and work rules).
 * The seed names the joint real-estate and tax windows and the consultation desk but no matter list:
 * the matters are placeholders, listed in ASSUMPTIONS.md.
 */

const hallId = 'boai-hall';

const workday: DayHoursInput = { sessions: standardWorkdaySessions, mode: 'walk-in', noGapLunch: false };

/** 预约服务 (错时服务): outside working time the hall serves agreed appointments only. */
const outsideWorkingTime: DayHoursInput = {
  sessions: standardWorkdaySessions,
  mode: 'appointment-only',
  noGapLunch: false,
};

const serviceBureau = 'service-bureau';
const marketRegulation = 'market-regulation';
const housingConstruction = 'housing-construction';
const realEstate = 'real-estate-registration';
const tax = 'tax-bureau';

/** 不动产和税务联办窗口: registrar and tax officer side by side. */
const jointWindows = ['joint-1', 'joint-2'];
const comprehensiveWindows = ['comprehensive-1', 'comprehensive-2'];

/** 限时办结制: acceptance within 15 minutes, 40 at the joint real-estate and tax windows. */
const acceptanceMinutes = { joint: 40, other: 15 } as const;

interface MatterSpec {
  id: string;
  name: LocalizedTextInput;
  category: string;
  departmentId: string;
  windowIds: string[];
  commitmentBased?: boolean;
  slotMinutes: number;
  materials: MaterialInput[];
}

function matter(spec: MatterSpec): MatterInput {
  const atJointWindows = spec.windowIds.every((w) => jointWindows.includes(w));
  return {
    ...spec,
    waysServed: ['on-site', 'appointment', 'remote'],
    instant: false,
    mailing: [],
    // Rest days and holidays are "non-working time": served by appointment only.
    availability: { workday: 'open', restday: 'appointment-required', holiday: 'appointment-required' },
    promisedDays: null,
    acceptanceMinutes: atJointWindows ? acceptanceMinutes.joint : acceptanceMinutes.other,
    commitmentBased: spec.commitmentBased ?? false,
  };
}

export const boai: TenantConfigInput = {
  tenant: {
    id: 'boai',
    name: { zh: '博爱县', en: 'Boai County' },
    province: 'henan',
    branding: {
      title: { zh: '博爱县政务服务大厅', en: 'Boai County Government Service Hall' },
      primaryColor: '#6d28d9',
      accentColor: '#a21caf',
    },
    // The seed publishes no phone: both lines point to the 12345 hotline until the admin sets them.
    phones: { service: '12345', complaints: '12345' },
    timezone: 'Asia/Shanghai',
  },
  halls: [
    {
      id: hallId,
      name: { zh: '博爱县政务服务大厅', en: 'Boai County Government Service Hall' },
      kind: 'district-hall',
      address: {
        zh: '博爱县政务服务大厅（详细地址待管理员填写）',
        en: 'Boai County Government Service Hall (street address to be set by the admin)',
      },
      openingPolicy: {
        workday,
        restday: outsideWorkingTime,
        holiday: outsideWorkingTime,
        extendedService: true,
        specialPeriods: [],
      },
    },
  ],
  departments: [
    {
      id: serviceBureau,
      name: { zh: '博爱县政务服务和大数据管理局', en: 'Boai County Government Services and Big Data Bureau' },
    },
    { id: marketRegulation, name: { zh: '博爱县市场监督管理局', en: 'Market Regulation Bureau' } },
    {
      id: housingConstruction,
      name: { zh: '博爱县住房和城乡建设局', en: 'Housing and Urban-Rural Development Bureau' },
    },
    { id: realEstate, name: { zh: '博爱县不动产登记中心', en: 'Real Estate Registration Centre' } },
    { id: tax, name: { zh: '博爱县税务局', en: 'Taxation Bureau' } },
  ],
  windows: [
    ...comprehensiveWindows.map((id, i) => ({
      id,
      code: `综合受理 ${i + 1}`,
      name: { zh: '综合受理窗口', en: 'Comprehensive reception' },
      hallId,
      departmentId: serviceBureau,
      staffCount: 1,
      kind: 'comprehensive' as const,
    })),
    ...jointWindows.map((id, i) => ({
      id,
      code: `不动产和税务联办 ${i + 1}`,
      name: { zh: '不动产和税务联办窗口', en: 'Joint real-estate and tax window' },
      hallId,
      // Alternate the lead department; each window seats one registrar and one tax officer.
      departmentId: i === 0 ? realEstate : tax,
      staffCount: 2,
    })),
    {
      id: 'consultation-desk',
      code: '咨询台',
      name: { zh: '咨询台（导办代办）', en: 'Consultation desk (guidance and agent service)' },
      hallId,
      departmentId: serviceBureau,
      staffCount: 1,
      kind: 'consultation',
    },
  ],
  matters: [
    matter({
      id: 'enterprise-registration',
      name: { zh: '企业设立登记', en: 'Enterprise establishment registration' },
      category: '市场准入',
      departmentId: marketRegulation,
      windowIds: comprehensiveWindows,
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
      id: 'food-business-licence',
      name: { zh: '食品经营许可（告知承诺）', en: 'Food business licence (by commitment)' },
      category: '市场准入',
      departmentId: marketRegulation,
      windowIds: comprehensiveWindows,
      commitmentBased: true,
      slotMinutes: 30,
      materials: [m.applicationForm, m.businessLicence, m.legalRepId, m.foodSafetyRules, m.commitmentLetter],
    }),
    matter({
      id: 'construction-permit',
      name: { zh: '建筑工程施工许可证核发', en: 'Construction permit issuance' },
      category: '工程建设',
      departmentId: housingConstruction,
      windowIds: comprehensiveWindows,
      slotMinutes: 45,
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
      id: 'existing-housing-transfer',
      name: { zh: '存量房（二手房）转移登记', en: 'Transfer registration of existing housing' },
      category: '不动产登记',
      departmentId: realEstate,
      windowIds: jointWindows,
      slotMinutes: 60,
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
      id: 'new-housing-transfer',
      name: { zh: '新建商品房转移登记', en: 'Transfer registration of newly built commodity housing' },
      category: '不动产登记',
      departmentId: realEstate,
      windowIds: jointWindows,
      slotMinutes: 45,
      materials: [
        m.applicationForm,
        m.applicantId,
        m.householdRegister,
        m.purchaseContract,
        m.purchaseInvoice,
        m.taxPaymentProof,
      ],
    }),
    matter({
      id: 'housing-transaction-tax',
      name: { zh: '存量房交易税费申报缴纳', en: 'Tax return and payment on existing-housing sales' },
      category: '税务',
      departmentId: tax,
      windowIds: jointWindows,
      slotMinutes: 30,
      materials: [m.applicantId, m.saleContract, m.realEstateCertificate, m.householdRegister],
    }),
  ],
  bookingPolicy: {
    // The window answers a request the same day and arranges staff, so allow it two hours.
    leadTimeMinutes: 120,
    horizonDays: 30,
    holidayBooking: 'anytime',
    deskPhone: { workingDaysOnly: true, sessions: standardWorkdaySessions },
    lateLimitMinutes: 30,
    staffChangeNoticeHours: 12,
    maxBookingMinutes: halfWorkingDayMinutes(workday),
    // Staff come in outside working time for a booking, so a citizen's change needs 12 hours too.
    changeCutoffMinutes: 720,
    deskPhoneHoldbackPercent: 20,
    perPerson: { perMatterPerDay: 1, active: 3 },
    rateLimitPerMinute: 20,
    phoneVerification: 'sms',
  },
  calendarOverrides: [],
};
