export { type ZaozhuangCityFigures, zaozhuangCityFigures } from './figures/zaozhuang-city-figures.js';
export { seedConfig } from './seed-config.js';
export { seedConfigs } from './seed-configs.js';
export { boai } from './tenants/boai.js';
export { chengdeGxq } from './tenants/chengde-gxq.js';
export { zaozhuangGxq } from './tenants/zaozhuang-gxq.js';
export { zibo } from './tenants/zibo.js';
export { type SeedUser, seedUsers } from './users/seed-users.js';
