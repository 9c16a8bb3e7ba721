export * from './example-national-schedule.js';
export * from './in-memory-booking.js';
export * from './in-memory-booking-store.js';
export * from './in-memory-config-store.js';
export * from './in-memory-national-schedule-store.js';
export * from './in-memory-phone-verification-store.js';
export * from './in-memory-rate-limiter.js';
export * from './with-phone-verification.js';
