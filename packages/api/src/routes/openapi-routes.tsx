import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AuthEnv } from '../auth/authenticate.js';
import type { OpenApiDocument } from './api-docs-page.js';
import type { RouteGroup } from './route-groups.js';

const DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'OpenHall API',
    version: '1.0.0',
    description:
      'OpenHall (不打烊) keeps government service halls open at noon and all year. Times are Asia/Shanghai; ' +
      'instants are ISO 8601 with +08:00. Errors are RFC 9457 problem+json with a stable `code`.',
  },
  servers: [{ url: '/' }],
};

/**
 * `/v1/openapi.json` generated from the zod schemas of every route registered on `app`, and a
 * readable page of it at `/v1/docs`; both public, through `group`.
 */
export function registerOpenApiRoutes(group: RouteGroup, app: OpenAPIHono<AuthEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  group.get('/v1/openapi.json', (c) => c.json(app.getOpenAPI31Document(DOCUMENT)));

  // The page (its template and hono/jsx) is read by the first request for it, not at a cold start.
  group.get('/v1/docs', async (c) => {
    const { renderApiDocsPage } = await import('./api-docs-page.js');
    return c.html(renderApiDocsPage(app.getOpenAPI31Document(DOCUMENT) as unknown as OpenApiDocument));
  });
}
