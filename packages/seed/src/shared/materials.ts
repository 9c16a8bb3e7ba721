import type { MaterialInput } from './types.js';

/**
 * Generic materials for one-time notices (一次告知). No seed lists the materials of any matter, so
 * every list built from these is an assumption: typical requirements of such a matter in a Chinese
 * hall, to be replaced by each matter's published guide (办事指南).
 */
export const materials = {
  applicationForm: { zh: '申请书（申请表）', en: 'Application form' },
  applicantId: { zh: '申请人身份证件', en: "Applicant's identity document" },
  legalRepId: { zh: '法定代表人身份证件', en: "Legal representative's identity document" },
  agentAuthorisation: {
    zh: '委托代理人身份证件及授权委托书（委托办理时）',
    en: "Agent's identity document and power of attorney (when an agent applies)",
  },
  businessLicence: { zh: '营业执照副本', en: 'Business licence (duplicate copy)' },
  articlesOfAssociation: { zh: '公司章程', en: 'Articles of association' },
  premisesProof: { zh: '住所（经营场所）使用证明', en: 'Proof of use of the registered premises' },
  officerAppointment: {
    zh: '法定代表人、董事、监事、经理任职文件',
    en: 'Appointment documents of the legal representative, directors, supervisors and manager',
  },
  pledgeContract: { zh: '股权质押合同', en: 'Equity pledge contract' },
  qualityManagementRecords: {
    zh: '质量管理制度及经营场所、库房平面图',
    en: 'Quality management rules and floor plans of the premises and warehouse',
  },
  qualifiedStaff: {
    zh: '质量负责人身份证明、学历或职称证明',
    en: "Quality manager's identity and qualification certificates",
  },
  projectInformation: {
    zh: '项目基本情况（项目名称、建设地点、规模、内容、总投资）',
    en: 'Project summary (name, site, scale, scope, total investment)',
  },
  landUseProof: {
    zh: '用地批准文件或不动产权证书',
    en: 'Land-use approval or real-estate title certificate',
  },
  planningPermit: { zh: '建设工程规划许可证', en: 'Construction-works planning permit' },
  constructionDrawings: {
    zh: '施工图设计文件及审查合格意见',
    en: 'Construction drawings and their review approval',
  },
  civilDefenceDesign: {
    zh: '防空地下室设计文件（或易地建设申请材料）',
    en: 'Civil-defence basement design (or the request to build elsewhere)',
  },
  presaleFunding: {
    zh: '工程施工进度证明及预售资金监管协议',
    en: 'Proof of construction progress and the pre-sale funds escrow agreement',
  },
  presaleScheme: {
    zh: '商品房预售方案（分层分户平面图）',
    en: 'Pre-sale scheme with floor and unit plans',
  },
  enterpriseQualification: {
    zh: '企业资质申请表及技术负责人、注册人员证明材料',
    en: 'Qualification application with proof of the technical lead and registered staff',
  },
  fireDesignDocs: { zh: '消防设计文件', en: 'Fire-protection design documents' },
  completionReport: {
    zh: '工程竣工验收报告及各方主体验收意见',
    en: 'Completion acceptance report with the opinions of every party',
  },
  contractorContract: { zh: '施工合同及监理合同', en: 'Construction and supervision contracts' },
  safetyMeasures: {
    zh: '施工安全保障措施及工程质量、安全监督手续',
    en: 'Construction safety measures and quality and safety supervision filings',
  },
  realEstateCertificate: { zh: '不动产权证书（证明）', en: 'Real-estate title certificate' },
  purchaseContract: { zh: '商品房买卖合同', en: 'Commodity-housing purchase contract' },
  saleContract: { zh: '不动产买卖合同（存量房）', en: 'Sale contract (existing housing)' },
  taxPaymentProof: { zh: '完税（免税）凭证', en: 'Tax payment (or exemption) certificate' },
  purchaseInvoice: { zh: '购房发票', en: 'Invoice of the home purchase' },
  taxRegistration: { zh: '办税人员身份证件', en: "Tax officer's identity document" },
  invoiceApplication: {
    zh: '发票领用或代开申请表及合同、付款凭证',
    en: 'Invoice request form with the contract and payment proof',
  },
  householdRegister: { zh: '户口簿或婚姻状况证明', en: 'Household register or proof of marital status' },
  photo: { zh: '近期免冠证件照片', en: 'Recent passport-style photo' },
  bankCard: { zh: '本人银行账户信息', en: "Applicant's bank account details" },
  foodSafetyRules: {
    zh: '食品安全管理制度及经营设备、工具布局图',
    en: 'Food safety rules and layout of equipment and tools',
  },
  hygieneInspection: {
    zh: '卫生管理制度及从业人员健康合格证明',
    en: 'Hygiene rules and staff health certificates',
  },
  waterAbstractionDemonstration: {
    zh: '建设项目水资源论证报告（表）',
    en: 'Water-resources assessment of the project',
  },
  commitmentLetter: { zh: '告知承诺书', en: 'Signed commitment letter (告知承诺书)' },
} satisfies Record<string, MaterialInput>;
