import { PrincipalSchema, ProvinceSchema } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { seedConfigs } from '../seed-configs.js';
import { seedUsers } from './seed-users.js';

/**
 * Real people named in the seed documents (officials in 001, citizens and a reporter in 003).
 * Seeded names must never equal any of them.
 */
const realNames = [
  '李玉成',
  '成世前',
  '李志超',
  '赵杨',
  '丁宁',
  '钟华',
  '刘艳丽',
  '陈彩莲',
  '邱阅宬',
  '王锐锋',
  '马兰芳',
  '梁敬',
  '庞洪斌',
  '汤伟',
  '田野',
  '任丽莉',
  '单杰',
  '黄巍',
  '范晶晶',
  '宋焕明',
  '宋煥明',
  '于跃',
  '于躍',
  '王兆虎',
];

const districtRoles = ['district-admin', 'desk', 'window', 'section-manager'] as const;
const tenants = seedConfigs.map((c) => c.tenant.id);

describe('seed users', () => {
  it.each(tenants.flatMap((tenantId) => districtRoles.map((role) => ({ tenantId, role }))))(
    '$tenantId has one $role',
    ({ tenantId, role }) => {
      expect(seedUsers.filter((u) => u.tenantId === tenantId && u.role === role)).toHaveLength(1);
    },
  );

  it.each(ProvinceSchema.options)('%s has one provincial office user', (province) => {
    expect(seedUsers.filter((u) => u.role === 'provincial-office' && u.province === province)).toHaveLength(
      1,
    );
  });

  it('has one platform operator, who belongs to no district or province', () => {
    const operators = seedUsers.filter((u) => u.role === 'platform-operator');
    expect(operators).toHaveLength(1);
    expect(operators[0]).not.toHaveProperty('tenantId');
    expect(operators[0]).not.toHaveProperty('province');
  });

  it.each(seedUsers)('$sub is a valid principal', (user) => {
    expect(PrincipalSchema.safeParse(user).success).toBe(true);
  });

  it('uses each subject and each name once', () => {
    expect(new Set(seedUsers.map((u) => u.sub)).size).toBe(seedUsers.length);
    expect(new Set(seedUsers.map((u) => u.displayName)).size).toBe(seedUsers.length);
  });

  it.each(seedUsers)('$sub is not named after a person in the seeds', (user) => {
    const compact = user.displayName.replace(/\s/g, '');

    expect(realNames.filter((name) => compact.includes(name))).toEqual([]);
  });

  it('names no person of the seeds anywhere in the tenant configurations', () => {
    const text = JSON.stringify(seedConfigs);

    expect(realNames.filter((name) => text.includes(name))).toEqual([]);
  });

  it('only seeds users of seeded tenants', () => {
    const strays = seedUsers.filter((u) => u.tenantId !== undefined && !tenants.includes(u.tenantId));

    expect(strays).toEqual([]);
  });
});
