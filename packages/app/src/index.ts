export { type AppDeps, createApp } from './create-app.js';
export { createDynamoApp, type DynamoAppOptions } from './create-dynamo-app.js';
export * from './create-sms-notifier.js';
