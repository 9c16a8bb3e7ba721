export { createPages, createStaffAuthPages } from './create-pages.js';
export { createDevOutboxPages, type DevOutbox } from './dev/dev-outbox-pages.js';
export type { PagesDeps } from './pages-deps.js';
export { createProvincePages } from './province/province-pages.js';
export { cognitoHostedSignIn } from './staff/session/cognito-hosted-sign-in.js';
export { developmentSignIn } from './staff/session/development-sign-in.js';
export type { DevelopmentSignIn, HostedSignIn, StaffSignIn } from './staff/session/staff-sign-in.js';
