import { parseArgs } from 'node:util';
import { signDevToken } from '@openhall/api';
import { type Principal, RoleSchema } from '@openhall/domain';
import { seedConfigs, seedUsers } from '@openhall/seed';
import { readDevKeys } from './dev-keys.js';

const USAGE =
  'usage: pnpm token --tenant <tenantId> --role <district-admin|desk|window|section-manager>\n' +
  '       pnpm token --province <shandong|hebei|henan> --role provincial-office\n' +
  '       pnpm token --role platform-operator';

/** `pnpm token`: prints a token for a seeded user of the running local product. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { tenant: { type: 'string' }, role: { type: 'string' }, province: { type: 'string' } },
  });
  const role = RoleSchema.safeParse(values.role);
  if (!role.success) throw new Error(USAGE);
  const province =
    values.province ??
    (role.data === 'provincial-office'
      ? seedConfigs.find((c) => c.tenant.id === values.tenant)?.tenant.province
      : undefined);
  const user = seedUsers.find((u) =>
    role.data === 'provincial-office'
      ? u.role === role.data && u.province === province
      : role.data === 'platform-operator'
        ? u.role === role.data
        : u.role === role.data && u.tenantId === values.tenant,
  );
  if (!user) throw new Error(`No seeded ${role.data} for ${values.tenant ?? province ?? '?'}.\n${USAGE}`);
  const keys = await readDevKeys();
  if (!keys) throw new Error('No local issuer yet: start the product once with `pnpm start`.');
  const principal: Principal =
    user.role === 'provincial-office'
      ? { sub: user.sub, role: 'provincial-office', province: user.province! }
      : user.role === 'platform-operator'
        ? { sub: user.sub, role: 'platform-operator' }
        : { sub: user.sub, role: user.role, tenantId: user.tenantId! };
  console.log(await signDevToken(keys, principal, { now: new Date() }));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
