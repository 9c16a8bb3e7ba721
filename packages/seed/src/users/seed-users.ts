import type { Province, Role } from '@openhall/domain';

/** A staff account for development tokens. Names are invented; no seed person appears here. */
export interface SeedUser {
  sub: string;
  displayName: string;
  role: Role;
  /** Set for district roles. */
  tenantId?: string;
  /** Set for `provincial-office`. */
  province?: Province;
}

type DistrictRole = Exclude<Role, 'provincial-office' | 'platform-operator'>;

/** Invented staff names per tenant, one per district role. */
export const districtStaffNames: Record<string, Record<DistrictRole, string>> = {
  'zaozhuang-gxq': {
    'district-admin': '柏思远',
    desk: '钱沐禾',
    window: '欧阳晓川',
    'section-manager': '祁望舒',
  },
  zibo: {
    'district-admin': '蓝若溪',
    desk: '沈一帆',
    window: '卜嘉禾',
    'section-manager': '尹清朗',
  },
  'chengde-gxq': {
    'district-admin': '晏知秋',
    desk: '原小满',
    window: '花承安',
    'section-manager': '司马云岫',
  },
  boai: {
    'district-admin': '亓北辰',
    desk: '计小禾',
    window: '闻立夏',
    'section-manager': '甘露白',
  },
};

const provincialStaff: Record<Province, string> = {
  shandong: '岳鲁川',
  hebei: '燕冀宁',
  henan: '豫中和',
};

/** Whoever runs the platform: enters the State Council schedule once for every tenant. */
const platformOperator: SeedUser = {
  sub: 'platform-operator',
  displayName: '时和平',
  role: 'platform-operator',
};

/**
 * One district admin, desk, window and section-manager per tenant; one provincial office per
 * province; one platform operator.
 */
export const seedUsers: SeedUser[] = [
  ...Object.entries(districtStaffNames).flatMap(([tenantId, byRole]) =>
    (Object.entries(byRole) as [DistrictRole, string][]).map(([role, displayName]) => ({
      sub: `${tenantId}-${role}`,
      displayName,
      role,
      tenantId,
    })),
  ),
  ...(Object.entries(provincialStaff) as [Province, string][]).map(([province, displayName]) => ({
    sub: `${province}-provincial-office`,
    displayName,
    role: 'provincial-office' as const,
    province,
  })),
  platformOperator,
];
