/** Figures of Zaozhuang city's "午间不断档·全年不打烊" reform, as reported in seed 003. */
export interface ZaozhuangCityFigures {
  /** Where the figures come from. */
  source: string;
  /** Start of the reform, 3月5日. The article gives no year; 2022 is inferred from seed 000 (dated 2022-03-03). */
  since: { month: number; day: number; inferredYear: number };
  /** Matters since the start: 受理 accepted and 办结 completed, city-wide. */
  matters: { accepted: number; completed: number };
  /** City-level matter list: 12 大类 134 项. */
  cityList: { categories: number; matters: number; categoryExamples: string[] };
  /** Where the reform runs: city and district halls (分中心) and town/street convenience centres. */
  sites: { halls: number; townCentres: number };
  /** 峄城区: the district example. */
  yicheng: {
    departments: number;
    matters: number;
    departmentExamples: string[];
    /** Weekend and holiday hours, on a duty rota (轮值). */
    restdayHours: { from: string; to: string };
    dutyRota: boolean;
  };
  /** 延时服务 example (薛城区): arrived at closing, certificate issued 40 minutes later. */
  extendedServiceExample: { district: string; arrivedAt: string; completedAt: string };
  /** 省级重点项目 each given a helping section and contact. */
  provincialKeyProjects: number;
  /** 枣庄高新区 "拿地即开工": permits within 1 working day of paying for the land; whole flow under 30 days. */
  highTechZone: {
    permitsWithinWorkingDays: number;
    constructionApprovalDaysBefore: string;
    constructionApprovalDaysNowAtMost: number;
    daysSavedMoreThan: number;
    speedUpPercentAtLeast: number;
  };
  /** Target of the main approval flow of construction projects, in working days. */
  mainFlowTargetWorkingDays: number;
}

export const zaozhuangCityFigures: ZaozhuangCityFigures = {
  source:
    'Seed 003: news report on Zaozhuang city "午间不断档·全年不打烊" extended service (people named in it are left out).',
  since: { month: 3, day: 5, inferredYear: 2022 },
  matters: { accepted: 1711, completed: 1671 },
  cityList: {
    categories: 12,
    matters: 134,
    categoryExamples: ['行政审批', '社保医保', '不动产登记', '公积金'],
  },
  sites: { halls: 12, townCentres: 65 },
  yicheng: {
    departments: 18,
    matters: 119,
    departmentExamples: ['区行政审批服务局', '税务局', '人社局', '医保局', '不动产登记中心'],
    restdayHours: { from: '09:00', to: '16:00' },
    dutyRota: true,
  },
  extendedServiceExample: { district: '薛城区', arrivedAt: '17:00', completedAt: '17:40' },
  provincialKeyProjects: 78,
  highTechZone: {
    permitsWithinWorkingDays: 1,
    constructionApprovalDaysBefore: '100多天',
    constructionApprovalDaysNowAtMost: 30,
    daysSavedMoreThan: 60,
    speedUpPercentAtLeast: 70,
  },
  mainFlowTargetWorkingDays: 10,
};
