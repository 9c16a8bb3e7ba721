export { type AppDeps, createApp } from './create-app.js';
export { createDynamoApp, type DynamoAppOptions } from './create-dynamo-app.js';
export { createEventWorkers, type EventWorkers, type EventWorkersOptions } from './create-event-workers.js';
export { createLocalEvents, type LocalEvents, type LocalEventsOptions } from './create-local-events.js';
export * from './create-sms-notifier.js';
export { type FetchesRequests, lazily } from './lazily.js';
