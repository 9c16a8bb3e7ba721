export * from './call-next.js';
export * from './change-ticket.js';
export * from './issue-ticket.js';
export * from './queue-context.js';
export * from './queue-deps.js';
export * from './queue-use-cases.js';
export * from './queue-views.js';
export * from './ticket-ratable-services.js';
