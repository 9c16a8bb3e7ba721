export * from './booking-fixture.js';
export * from './tenant-config-fixture.js';
