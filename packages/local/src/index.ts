export { loadOrCreateDevKeys, readDevKeys } from './dev-keys.js';
export { type LocalProduct, type LocalProductOptions, startLocalProduct } from './local-product.js';
export { seedTenants } from './seed-tenants.js';
