export * from './alibaba/alibaba-sms.js';
export * from './alibaba/rpc-signature.js';
export * from './provider-call.js';
export * from './provider-sms-gateway.js';
export * from './secrets/secrets-manager-secrets.js';
export * from './tencent/tc3-signature.js';
export * from './tencent/tencent-sms.js';
export * from './webhook/webhook-sms.js';
