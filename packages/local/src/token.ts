import { parseArgs } from 'node:util';
// Only the signing and the seeded users: loading the app (or the calendar) here made it slow.
import { signDevToken } from '@openhall/api/dev-token';
import type { Principal } from '@openhall/domain';
import { seedUsers } from '@openhall/seed/users';
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
  const role = seedUsers.find((u) => u.role === values.role)?.role;
  if (!role) throw new Error(USAGE);
  // A provincial office named by one of its districts: only then are the tenants' configurations read.
  const province =
    values.province ??
    (role === 'provincial-office' && values.tenant
      ? (await import('@openhall/seed')).seedConfigs.find((c) => c.tenant.id === values.tenant)?.tenant
          .province
      : undefined);
  const user = seedUsers.find((u) =>
    role === 'provincial-office'
      ? u.role === role && u.province === province
      : role === 'platform-operator'
        ? u.role === role
        : u.role === role && u.tenantId === values.tenant,
  );
  if (!user) throw new Error(`No seeded ${role} for ${values.tenant ?? province ?? '?'}.\n${USAGE}`);
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
