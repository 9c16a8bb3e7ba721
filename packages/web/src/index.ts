export { createPages } from './create-pages.js';
export { createDevOutboxPages, type DevOutbox } from './dev/dev-outbox-pages.js';
export type { PagesDeps } from './pages-deps.js';
