// Local-only helpers (DynamoDB Local, table creation): kept out of the main entry so the Lambda
// bundle never carries the dev-only launcher.
export * from './delete-table.js';
export * from './dynamo-local.js';
export * from './ensure-table.js';
export * from './free-port.js';
export * from './java-check.js';
export * from './kill-on-exit.js';
export * from './stop-process.js';
