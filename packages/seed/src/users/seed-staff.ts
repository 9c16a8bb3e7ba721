import type { StaffMemberInput, TenantConfigInput } from '@openhall/domain';
import { districtStaffNames } from './seed-users.js';

/*
 * The seeded staff directory of a tenant. Every name is invented (DOMAIN.md: the seeds' officials
 * are not data). Assumption, recorded in ASSUMPTIONS.md: each window has an A holder and a B holder
 * (AB角) from its department; the desk, the section manager and the admin are one person each; the
 * canonical development accounts (`{tenant}-desk`, `{tenant}-window`, ...) are members too.
 */

const surnames = [
  '赵',
  '钱',
  '孙',
  '李',
  '周',
  '吴',
  '郑',
  '王',
  '冯',
  '陈',
  '褚',
  '卫',
  '蒋',
  '沈',
  '韩',
  '杨',
];
const givenNames = [
  '安然',
  '北辰',
  '春和',
  '德音',
  '恩泽',
  '方圆',
  '歌言',
  '海宁',
  '嘉树',
  '景明',
  '可心',
  '乐天',
];

/** A deterministic invented name for the n-th generated member of a tenant. */
function inventedName(tenantIndex: number, n: number): string {
  const i = tenantIndex * 7 + n;
  return `${surnames[i % surnames.length]}${givenNames[(i * 5 + tenantIndex) % givenNames.length]}`;
}

export function seedStaffOf(config: TenantConfigInput, tenantIndex: number): StaffMemberInput[] {
  const tenantId = config.tenant.id;
  const names = districtStaffNames[tenantId];
  if (names === undefined) throw new Error(`no invented staff names for ${tenantId}`);
  const firstDepartment = config.departments[0]!.id;
  const serving = config.windows.filter(
    (w) => !['consultation', 'cashier', 'certificate'].includes(w.kind ?? ''),
  );
  const mainDepartment = serving[0]?.departmentId ?? firstDepartment;
  const deskWindow = config.windows.find((w) => w.kind === 'consultation');
  const members: StaffMemberInput[] = [
    {
      id: `${tenantId}-district-admin`,
      name: names['district-admin'],
      departmentId: firstDepartment,
      roles: ['district-admin'],
    },
    {
      id: `${tenantId}-desk`,
      name: names.desk,
      departmentId: deskWindow?.departmentId ?? firstDepartment,
      windowIds: deskWindow ? [deskWindow.id] : [],
      roles: ['desk'],
    },
    {
      id: `${tenantId}-section-manager`,
      name: names['section-manager'],
      departmentId: firstDepartment,
      roles: ['section-manager'],
    },
    {
      id: `${tenantId}-window`,
      name: names.window,
      departmentId: mainDepartment,
      windowIds: serving.filter((w) => w.departmentId === mainDepartment).map((w) => w.id),
      roles: ['window'],
    },
  ];
  let n = 0;
  for (const w of serving) {
    for (const holder of ['a', 'b'] as const) {
      members.push({
        id: `${tenantId}-${w.id}-${holder}`.slice(0, 64).replace(/-+$/, ''),
        name: inventedName(tenantIndex, n++),
        departmentId: w.departmentId,
        windowIds: [w.id],
        roles: ['window'],
        // Assumption: B holders are contract staff, A holders civil servants (configurable per member).
        category: holder === 'a' ? 'civil-servant' : 'contract',
      });
    }
  }
  // Cashier and certificate windows: one member each, so a rota can staff them (Chengde asks 1 each).
  for (const w of config.windows.filter((w) => w.kind === 'cashier' || w.kind === 'certificate')) {
    members.push({
      id: `${tenantId}-${w.id}-a`.slice(0, 64).replace(/-+$/, ''),
      name: inventedName(tenantIndex, n++),
      departmentId: w.departmentId,
      windowIds: [w.id],
      roles: ['window'],
    });
  }
  return members;
}
