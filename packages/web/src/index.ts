export { createPages } from './create-pages.js';
export type { PagesDeps } from './pages-deps.js';
