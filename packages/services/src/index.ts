export * from './booking/booking-service.js';
export * from './booking/booking-use-cases.js';
export * from './booking/keyed-hasher.js';
