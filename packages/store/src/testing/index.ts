export * from './tenant-config-fixture.js';
