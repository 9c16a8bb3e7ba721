import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AuthEnv } from '../auth/authenticate.js';
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

type Operation = { summary?: string; tags?: string[] };

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

  group.get('/v1/docs', (c) => {
    const doc = app.getOpenAPI31Document(DOCUMENT);
    const rows = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
    );
    return c.html(
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>OpenHall API 接口文档</title>
          <style>{`body{font:16px/1.5 system-ui,sans-serif;margin:1rem;max-width:60rem}code{font-size:.95em}
td,th{padding:.3rem .5rem;border-bottom:1px solid #ccc;text-align:left;vertical-align:top}`}</style>
        </head>
        <body>
          <main>
            <h1>OpenHall API 接口文档 / API reference</h1>
            <p>{DOCUMENT.info.description}</p>
            <p>
              <a href="/v1/openapi.json">OpenAPI 3.1 (JSON)</a>
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">Method</th>
                  <th scope="col">Path</th>
                  <th scope="col">Summary</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <td>
                      <code>{r.method.toUpperCase()}</code>
                    </td>
                    <td>
                      <code>{r.path}</code>
                    </td>
                    <td>
                      {r.op.summary} {r.op.tags?.includes('admin') ? '(admin)' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </main>
        </body>
      </html>,
    );
  });
}
