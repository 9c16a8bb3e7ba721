export * from './booking-handling.js';
export * from './desk-errors.js';
export * from './desk-events.js';
export * from './desk-requests.js';
export * from './handling-schemas.js';
export * from './lateness.js';
export * from './staff-actor.js';
export * from './staff-change.js';
