export * from './generate-rota-month.js';
export * from './get-rota-day.js';
export * from './rostered-places-of.js';
export * from './rota-day-view.js';
export * from './rota-deps.js';
export * from './rota-month.js';
export * from './save-rota-day.js';
export * from './time-off-ledger.js';
