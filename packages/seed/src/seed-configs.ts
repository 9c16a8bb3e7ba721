import { type TenantConfig, TenantConfigSchema } from '@openhall/domain';
import { boai } from './tenants/boai.js';
import { chengdeGxq } from './tenants/chengde-gxq.js';
import { zaozhuangGxq } from './tenants/zaozhuang-gxq.js';
import { zibo } from './tenants/zibo.js';
import { seedAbRolesOf } from './users/seed-ab-roles.js';
import { seedStaffOf } from './users/seed-staff.js';

/** The four first tenants, parsed so schema defaults are applied; a broken seed fails at import. */
export const seedConfigs: TenantConfig[] = [zaozhuangGxq, zibo, chengdeGxq, boai].map((c, i) => {
  const staff = c.staff ?? seedStaffOf(c, i);
  return TenantConfigSchema.parse({
    ...c,
    staff,
    staffingRules: { ...c.staffingRules, abRoles: c.staffingRules?.abRoles ?? seedAbRolesOf(c, staff) },
  });
});
