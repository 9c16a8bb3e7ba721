export * from './fake-alibaba-sms.js';
export * from './fake-server.js';
export * from './fake-tencent-sms.js';
export * from './fake-webhook-gateway.js';
