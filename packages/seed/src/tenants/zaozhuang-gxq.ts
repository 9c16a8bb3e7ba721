import type { TenantConfigInput } from '@openhall/domain';
import { halfWorkingDayMinutes } from '../shared/half-working-day-minutes.js';
import { materials as m } from '../shared/materials.js';
import { standardWorkdaySessions } from '../shared/standard-workday.js';
import type { DayHoursInput, LocalizedTextInput, MaterialInput, MatterInput } from '../shared/types.js';

/*
 * 枣庄高新区 (seed 000: 枣高行审〔2022〕23号, "午间不断档·全年不打烊"; figures in seed 003).
 * Every choice the seed does not make is listed in ASSUMPTIONS.md.
 */

const hallId = 'zaozhuang-gxq-hall';

/** 工作日: normal hours; staff rotate over lunch so windows stay staffed (午间不断档). */
const workday: DayHoursInput = { sessions: standardWorkdaySessions, mode: 'walk-in', noGapLunch: true };

/** 双休日及法定节假日: 9:00-16:00, no lunch break. */
const weekendAndHoliday: DayHoursInput = {
  sessions: [{ from: '09:00', to: '16:00' }],
  mode: 'walk-in',
  noGapLunch: true,
};

interface MatterSpec {
  id: string;
  name: LocalizedTextInput;
  category: string;
  departmentId: string;
  windowId: string;
  /** 远程办理 possible (phone, web, video). */
  remote: boolean;
  /** Marked 预约办理 in the matter list: served only by appointment, every day. */
  appointmentOnly?: boolean;
  /** 即办: done on the spot. */
  instant: boolean;
  promisedDays?: number;
  acceptanceMinutes?: number;
  slotMinutes: number;
  materials: MaterialInput[];
}

/**
 * Builds a matter of the list. Mailing follows the seed's 寄送服务: two-way for remote matters,
 * one-way for matters received (收件) rather than finished on the spot.
 */
function matter(spec: MatterSpec): MatterInput {
  const waysServed: MatterInput['waysServed'] = spec.appointmentOnly
    ? ['appointment']
    : ['on-site', 'appointment', ...(spec.remote ? (['remote'] as const) : [])];
  const mailing: NonNullable<MatterInput['mailing']> = [
    ...(spec.remote ? (['two-way'] as const) : []),
    ...(spec.instant ? [] : (['one-way'] as const)),
  ];
  const every = spec.appointmentOnly ? 'appointment-required' : 'open';
  return {
    id: spec.id,
    name: spec.name,
    category: spec.category,
    departmentId: spec.departmentId,
    windowIds: [spec.windowId],
    waysServed,
    instant: spec.instant,
    mailing,
    availability: { workday: every, restday: every, holiday: every },
    promisedDays: spec.promisedDays ?? null,
    acceptanceMinutes: spec.acceptanceMinutes ?? 15,
    materials: spec.materials,
    commitmentBased: false,
    slotMinutes: spec.slotMinutes,
  };
}

const approval = 'approval-bureau';
const realEstate = 'real-estate-registration';
const tax = 'tax-bureau';
const landHousing = 'land-housing-bureau';

const marketAccess = '市场准入';
const investment = '投资工程建设';

export const zaozhuangGxq: TenantConfigInput = {
  tenant: {
    id: 'zaozhuang-gxq',
    name: { zh: '枣庄高新技术产业开发区', en: 'Zaozhuang High-tech Industrial Development Zone' },
    province: 'shandong',
    branding: {
      // "高兴办" is the zone's government-service brand named in the seed.
      title: { zh: '枣庄高新区政务服务 · 高兴办', en: 'Zaozhuang High-tech Zone Government Services' },
      primaryColor: '#b91c1c',
      accentColor: '#1d4ed8',
    },
    // The seed publishes only the hall's complaint line; the service line is the 12345 hotline.
    phones: { service: '12345', complaints: '0632-8355966' },
    timezone: 'Asia/Shanghai',
  },
  halls: [
    {
      id: hallId,
      name: { zh: '枣庄高新区政务服务大厅', en: 'Zaozhuang High-tech Zone Government Service Hall' },
      kind: 'district-hall',
      address: {
        zh: '枣庄高新区政务服务大厅（详细地址待管理员填写）',
        en: 'Zaozhuang High-tech Zone Government Service Hall (street address to be set by the admin)',
      },
      openingPolicy: {
        workday,
        restday: weekendAndHoliday,
        holiday: weekendAndHoliday,
        extendedService: true,
        specialPeriods: [
          {
            id: 'spring-festival',
            name: {
              zh: '除夕至正月初二预约服务',
              en: "New Year's Eve to 2nd day of the 1st lunar month: by appointment",
            },
            from: { eve: true },
            to: { month: 1, day: 2 },
            hours: { ...weekendAndHoliday, mode: 'appointment-only' },
          },
        ],
      },
    },
  ],
  departments: [
    { id: approval, name: { zh: '枣庄高新区行政审批局', en: 'Administrative Approval Bureau' } },
    { id: realEstate, name: { zh: '枣庄高新区不动产登记中心', en: 'Real Estate Registration Centre' } },
    { id: tax, name: { zh: '枣庄高新区税务局', en: 'Taxation Bureau' } },
    { id: landHousing, name: { zh: '枣庄高新区国土住建局', en: 'Land, Housing and Construction Bureau' } },
  ],
  windows: [
    {
      id: 'b02',
      code: '二楼 B02',
      name: { zh: '市场准入业务窗口', en: 'Market access' },
      hallId,
      departmentId: approval,
      floor: 2,
      staffCount: 2,
    },
    {
      id: 'b11',
      code: '二楼 B11',
      name: { zh: '投资工程建设业务窗口', en: 'Investment and construction' },
      hallId,
      departmentId: approval,
      floor: 2,
      staffCount: 1,
    },
    {
      id: 'a12',
      code: '一楼 A12',
      name: { zh: '不动产登记窗口', en: 'Real-estate registration' },
      hallId,
      departmentId: realEstate,
      floor: 1,
      staffCount: 2,
    },
    {
      id: 'a9',
      code: '一楼 A9',
      name: { zh: '税务窗口', en: 'Taxation' },
      hallId,
      departmentId: tax,
      floor: 1,
      staffCount: 1,
    },
    {
      id: 'b14',
      code: '二楼 B14',
      name: { zh: '国土住建窗口', en: 'Land and construction' },
      hallId,
      departmentId: landHousing,
      floor: 2,
      staffCount: 1,
    },
    {
      id: 'cannot-get-done',
      code: '办不成事窗口',
      name: { zh: '“办不成事”服务窗口', en: '"Could not get it done" window' },
      hallId,
      departmentId: approval,
      staffCount: 1,
      kind: 'cannot-get-done',
    },
    {
      id: 'complaints',
      code: '吐槽找茬窗口',
      name: { zh: '“吐槽找茬”窗口', en: 'Complaints and fault-finding window' },
      hallId,
      departmentId: approval,
      staffCount: 1,
      kind: 'complaint',
    },
  ],
  matters: [
    matter({
      id: 'company-registration',
      name: { zh: '公司（企业）登记', en: 'Company (enterprise) registration' },
      category: marketAccess,
      departmentId: approval,
      windowId: 'b02',
      remote: true,
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
      id: 'equity-pledge-registration',
      name: { zh: '股权出质登记', en: 'Equity pledge registration' },
      category: marketAccess,
      departmentId: approval,
      windowId: 'b02',
      remote: true,
      instant: false,
      slotMinutes: 20,
      materials: [
        m.applicationForm,
        m.pledgeContract,
        m.businessLicence,
        m.applicantId,
        m.agentAuthorisation,
      ],
    }),
    matter({
      id: 'class-ii-medical-device-filing',
      name: { zh: '第二类医疗器械经营备案', en: 'Class II medical device trading filing' },
      category: marketAccess,
      departmentId: approval,
      windowId: 'b02',
      remote: true,
      instant: true,
      slotMinutes: 20,
      materials: [
        m.applicationForm,
        m.businessLicence,
        m.legalRepId,
        m.qualifiedStaff,
        m.qualityManagementRecords,
      ],
    }),
    matter({
      id: 'class-iii-medical-device-licence',
      name: { zh: '第三类医疗器械经营许可', en: 'Class III medical device trading licence' },
      category: marketAccess,
      departmentId: approval,
      windowId: 'b02',
      remote: true,
      instant: false,
      slotMinutes: 30,
      materials: [
        m.applicationForm,
        m.businessLicence,
        m.legalRepId,
        m.qualifiedStaff,
        m.qualityManagementRecords,
        m.premisesProof,
      ],
    }),
    matter({
      id: 'investment-project-filing',
      name: { zh: '企业投资项目备案', en: 'Enterprise investment project filing' },
      category: investment,
      departmentId: approval,
      windowId: 'b11',
      remote: true,
      instant: true,
      slotMinutes: 20,
      materials: [m.applicationForm, m.businessLicence, m.projectInformation],
    }),
    matter({
      id: 'civil-defence-basement-approval',
      name: {
        zh: '结合民用建筑修建防空地下室审批',
        en: 'Approval of civil-defence basements built with civil buildings',
      },
      category: investment,
      departmentId: approval,
      windowId: 'b11',
      remote: true,
      instant: false,
      slotMinutes: 30,
      materials: [m.applicationForm, m.businessLicence, m.planningPermit, m.civilDefenceDesign],
    }),
    matter({
      id: 'housing-presale-permit',
      name: { zh: '商品房预售许可', en: 'Commodity housing pre-sale permit' },
      category: investment,
      departmentId: approval,
      windowId: 'b11',
      remote: true,
      instant: false,
      slotMinutes: 60,
      materials: [
        m.applicationForm,
        m.businessLicence,
        m.landUseProof,
        m.planningPermit,
        m.presaleFunding,
        m.presaleScheme,
      ],
    }),
    matter({
      id: 'construction-enterprise-qualification',
      name: { zh: '建筑业企业资质许可', en: 'Construction enterprise qualification permit' },
      category: investment,
      departmentId: approval,
      windowId: 'b11',
      remote: true,
      instant: false,
      slotMinutes: 30,
      materials: [m.applicationForm, m.businessLicence, m.legalRepId, m.enterpriseQualification],
    }),
    matter({
      id: 'fire-protection-design-review',
      name: { zh: '建设工程消防设计审查', en: 'Fire-protection design review of construction works' },
      category: investment,
      departmentId: approval,
      windowId: 'b11',
      remote: true,
      instant: false,
      slotMinutes: 45,
      materials: [m.applicationForm, m.businessLicence, m.planningPermit, m.fireDesignDocs],
    }),
    matter({
      id: 'completion-acceptance-filing',
      name: {
        zh: '房屋建筑工程和市政基础设施工程竣工验收备案',
        en: 'Completion acceptance filing of building and municipal works',
      },
      category: investment,
      departmentId: approval,
      windowId: 'b11',
      remote: true,
      instant: false,
      slotMinutes: 30,
      materials: [m.applicationForm, m.businessLicence, m.planningPermit, m.completionReport],
    }),
    matter({
      id: 'construction-permit',
      name: { zh: '建筑工程施工许可证核发', en: 'Construction permit issuance' },
      category: investment,
      departmentId: approval,
      windowId: 'b11',
      remote: true,
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
      id: 'real-estate-certificate-printing',
      name: { zh: '不动产证书打印、查询', en: 'Real-estate certificate printing and records query' },
      category: '不动产登记',
      departmentId: realEstate,
      windowId: 'a12',
      remote: false,
      instant: true,
      slotMinutes: 15,
      materials: [m.applicantId, m.agentAuthorisation],
    }),
    matter({
      id: 'new-housing-registration',
      name: {
        zh: '新建商品房（一手房）不动产登记',
        en: 'Real-estate registration of newly built commodity housing',
      },
      category: '不动产登记',
      departmentId: realEstate,
      windowId: 'a12',
      remote: false,
      appointmentOnly: true,
      instant: false,
      acceptanceMinutes: 40,
      slotMinutes: 30,
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
      id: 'invoice-issuing',
      name: { zh: '发票发售、代开', en: 'Invoice sale and issuing on behalf' },
      category: '税务',
      departmentId: tax,
      windowId: 'a9',
      remote: true,
      instant: true,
      slotMinutes: 15,
      materials: [m.taxRegistration, m.businessLicence, m.invoiceApplication],
    }),
    matter({
      id: 'new-housing-registration-tax',
      name: {
        zh: '新建商品房（一手房）登记涉税业务',
        en: 'Taxes of registering newly built commodity housing',
      },
      category: '税务',
      departmentId: tax,
      windowId: 'a9',
      remote: false,
      appointmentOnly: true,
      instant: false,
      acceptanceMinutes: 40,
      slotMinutes: 30,
      materials: [m.applicantId, m.householdRegister, m.purchaseContract, m.purchaseInvoice],
    }),
    matter({
      id: 'industrial-land-planning-permit',
      name: {
        zh: '建设用地规划许可证（工业项目）',
        en: 'Land-use planning permit (industrial projects)',
      },
      category: '用地规划',
      departmentId: landHousing,
      windowId: 'b14',
      remote: true,
      instant: false,
      // Seed 003: industrial projects get this permit within one working day of paying the land price.
      promisedDays: 1,
      slotMinutes: 30,
      materials: [m.applicationForm, m.businessLicence, m.landUseProof, m.projectInformation],
    }),
  ],
  bookingPolicy: {
    leadTimeMinutes: 60,
    horizonDays: 30,
    holidayBooking: 'anytime',
    // The hall is staffed every day; 9:00-16:00 is when it is open on every kind of day.
    deskPhone: { workingDaysOnly: false, sessions: [{ from: '09:00', to: '16:00' }] },
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
  // 一件事一次办: an example (the district's own list is not in the seeds): opening a business, the
  // registration at the approval bureau's window leading, the tax window issuing the first invoices.
  bundles: [
    {
      id: 'open-a-business',
      name: { zh: '开办企业一件事', en: 'Opening a business, one visit' },
      matterIds: ['company-registration', 'invoice-issuing'],
      leadMatterId: 'company-registration',
    },
  ],
};
