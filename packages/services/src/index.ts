export * from './booking/booking-service.js';
export * from './booking/booking-use-cases.js';
export * from './booking/keyed-hasher.js';
export * from './config/change-config.js';
export * from './config/config-changes.js';
export * from './config/load-tenant-config.js';
