import { describe, expect, it } from 'vitest';
import { seedConfig } from '../seed-config.js';

const config = seedConfig('zaozhuang-gxq');
const hall = config.halls[0]!;

/** The matter list of seed 000 (办理事项清单), one row per matter. */
const matterList = [
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B02',
    matter: '公司（企业）登记',
    byAppointment: false,
  },
  { department: '枣庄高新区行政审批局', window: '二楼 B02', matter: '股权出质登记', byAppointment: false },
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B02',
    matter: '第二类医疗器械经营备案',
    byAppointment: false,
  },
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B02',
    matter: '第三类医疗器械经营许可',
    byAppointment: false,
  },
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B11',
    matter: '企业投资项目备案',
    byAppointment: false,
  },
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B11',
    matter: '结合民用建筑修建防空地下室审批',
    byAppointment: false,
  },
  { department: '枣庄高新区行政审批局', window: '二楼 B11', matter: '商品房预售许可', byAppointment: false },
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B11',
    matter: '建筑业企业资质许可',
    byAppointment: false,
  },
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B11',
    matter: '建设工程消防设计审查',
    byAppointment: false,
  },
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B11',
    matter: '房屋建筑工程和市政基础设施工程竣工验收备案',
    byAppointment: false,
  },
  {
    department: '枣庄高新区行政审批局',
    window: '二楼 B11',
    matter: '建筑工程施工许可证核发',
    byAppointment: false,
  },
  {
    department: '枣庄高新区不动产登记中心',
    window: '一楼 A12',
    matter: '不动产证书打印、查询',
    byAppointment: false,
  },
  {
    department: '枣庄高新区不动产登记中心',
    window: '一楼 A12',
    matter: '新建商品房（一手房）不动产登记',
    byAppointment: true,
  },
  { department: '枣庄高新区税务局', window: '一楼 A9', matter: '发票发售、代开', byAppointment: false },
  {
    department: '枣庄高新区税务局',
    window: '一楼 A9',
    matter: '新建商品房（一手房）登记涉税业务',
    byAppointment: true,
  },
  {
    department: '枣庄高新区国土住建局',
    window: '二楼 B14',
    matter: '建设用地规划许可证（工业项目）',
    byAppointment: false,
  },
];

function matterNamed(zh: string) {
  return config.matters.find((m) => m.name.zh === zh);
}

describe('Zaozhuang High-tech Zone seed', () => {
  it('seeds exactly the matters of the published list', () => {
    expect(config.matters.map((m) => m.name.zh).sort()).toEqual(matterList.map((r) => r.matter).sort());
  });

  it.each(matterList)('$matter is served by $department at $window', ({ department, window, matter }) => {
    const found = matterNamed(matter)!;
    const windows = config.windows.filter((w) => found.windowIds.includes(w.id));
    const departmentOf = (id: string) => config.departments.find((d) => d.id === id)?.name.zh;

    expect(departmentOf(found.departmentId)).toBe(department);
    expect(windows.map((w) => w.code)).toEqual([window]);
    expect(windows.map((w) => departmentOf(w.departmentId))).toEqual([department]);
  });

  it.each(matterList)('$matter is by appointment only: $byAppointment', ({ matter, byAppointment }) => {
    const found = matterNamed(matter)!;
    const expected = byAppointment ? 'appointment-required' : 'open';

    expect(found.availability).toEqual({ workday: expected, restday: expected, holiday: expected });
    expect(found.waysServed.includes('on-site')).toBe(!byAppointment);
  });

  it.each(config.matters)('$id mails two-way when remote and one-way when received', (matter) => {
    expect(matter.mailing.includes('two-way')).toBe(matter.waysServed.includes('remote'));
    expect(matter.mailing.includes('one-way')).toBe(!matter.instant);
  });

  it('keeps windows staffed over lunch on working days and extends service after closing', () => {
    expect(hall.openingPolicy.workday.noGapLunch).toBe(true);
    expect(hall.openingPolicy.extendedService).toBe(true);
  });

  it.each(['restday', 'holiday'] as const)('opens %s 9:00-16:00 without a lunch break', (kind) => {
    expect(hall.openingPolicy[kind]).toEqual({
      sessions: [{ from: '09:00', to: '16:00' }],
      mode: 'walk-in',
      noGapLunch: true,
    });
  });

  it('serves by appointment only from New Year’s Eve to the 2nd day of the first lunar month', () => {
    expect(hall.openingPolicy.specialPeriods).toEqual([
      expect.objectContaining({
        from: { eve: true },
        to: { month: 1, day: 2 },
        hours: { sessions: [{ from: '09:00', to: '16:00' }], mode: 'appointment-only', noGapLunch: true },
      }),
    ]);
  });

  it.each([
    { kind: 'cannot-get-done', label: '办不成事' },
    { kind: 'complaint', label: '吐槽找茬' },
  ] as const)('has the $label window', ({ kind }) => {
    expect(config.windows.filter((w) => w.kind === kind)).toHaveLength(1);
  });
});
