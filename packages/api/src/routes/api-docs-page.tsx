/*
 * The readable API reference at /v1/docs, drawn on the server from the OpenAPI document itself:
 * every operation's parameters, request and response schemas, the examples the schemas carry, the
 * shared schemas, and how to get a token. No script and nothing from another host.
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Media = { schema?: Schema; example?: unknown };
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, Media> };
  responses?: Record<string, { description?: string; content?: Record<string, Media> }>;
};
export type OpenApiDocument = {
  info: { title: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema>; parameters?: Record<string, Parameter> };
};

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;
const anchorOf = (name: string) => `schema-${name}`;
const opAnchor = (method: string, path: string) =>
  `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** "string, 2–40 characters, pattern …": the constraints of one schema in words. */
function constraints(s: Schema): string {
  const parts: string[] = [];
  if (s.format) parts.push(s.format);
  if (s.minLength !== undefined || s.maxLength !== undefined)
    parts.push(`length ${s.minLength ?? 0}–${s.maxLength ?? '∞'}`);
  if (s.minimum !== undefined || s.maximum !== undefined)
    parts.push(`${s.minimum ?? '−∞'} ≤ n ≤ ${s.maximum ?? '∞'}`);
  if (s.minItems !== undefined || s.maxItems !== undefined)
    parts.push(`items ${s.minItems ?? 0}–${s.maxItems ?? '∞'}`);
  if (s.pattern) parts.push(`pattern ${s.pattern}`);
  if (s.enum) parts.push(`one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (s.const !== undefined) parts.push(`always ${JSON.stringify(s.const)}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join('; ');
}

function TypeOf(props: { schema: Schema | undefined }) {
  const s = props.schema;
  if (!s) return <>any</>;
  if (s.$ref) {
    const name = refName(s.$ref);
    return <a href={`#${anchorOf(name)}`}>{name}</a>;
  }
  const union = s.anyOf ?? s.oneOf ?? s.allOf;
  if (union)
    return (
      <>
        {union.map((u, i) => (
          <>
            {i > 0 ? (s.allOf ? ' & ' : ' | ') : ''}
            <TypeOf schema={u} />
          </>
        ))}
      </>
    );
  if (s.type === 'array')
    return (
      <>
        array of <TypeOf schema={s.items} />
      </>
    );
  const type = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? (s.properties ? 'object' : 'any'));
  return <>{type}</>;
}

/** The fields of an object schema (nested inline objects drawn inside), or its type and constraints. */
function SchemaView(props: { schema: Schema | undefined; depth?: number }) {
  const s = props.schema;
  const depth = props.depth ?? 0;
  if (!s) return null;
  const item = s.type === 'array' && s.items && !s.items.$ref ? s.items : undefined;
  const fields = s.properties ?? item?.properties;
  if (!fields || depth > 4) {
    const words = constraints(s);
    return (
      <p>
        <code>
          <TypeOf schema={s} />
        </code>
        {words ? ` — ${words}` : ''}
        {s.description ? ` — ${s.description}` : ''}
      </p>
    );
  }
  const required = new Set((s.properties ? s.required : item?.required) ?? []);
  return (
    <>
      {item ? (
        <p>
          <code>array</code> of:
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(fields).map(([name, f]) => (
            <tr>
              <td>
                <code>{name}</code>
                {required.has(name) ? ' (required)' : ''}
              </td>
              <td>
                <code>
                  <TypeOf schema={f} />
                </code>
              </td>
              <td>
                {[
                  constraints(f),
                  f.description,
                  f.example === undefined ? '' : `e.g. ${JSON.stringify(f.example)}`,
                ]
                  .filter(Boolean)
                  .join(' — ')}
                {(f.properties || (f.type === 'array' && f.items?.properties)) && depth < 4 ? (
                  <SchemaView schema={f} depth={depth + 1} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * An example value built from the examples, defaults and enums the schema carries, or undefined
 * when it carries none (no invented values).
 */
export function exampleOf(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.$ref) return exampleOf(doc, doc.components?.schemas?.[refName(schema.$ref)], depth + 1);
  if (schema.const !== undefined) return schema.const;
  const first = (schema.anyOf ?? schema.oneOf)?.find((s) => exampleOf(doc, s, depth + 1) !== undefined);
  if (first) return exampleOf(doc, first, depth + 1);
  if (schema.type === 'array') {
    const item = exampleOf(doc, schema.items, depth + 1);
    return item === undefined ? undefined : [item];
  }
  if (schema.properties) {
    const entries = Object.entries(schema.properties).flatMap(([k, v]) => {
      const value = exampleOf(doc, v, depth + 1);
      return value === undefined ? [] : [[k, value] as const];
    });
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (schema.default !== undefined) return schema.default;
  return schema.enum?.[0];
}

function Body(props: { doc: OpenApiDocument; content: Record<string, Media> | undefined }) {
  const { doc } = props;
  return (
    <>
      {Object.entries(props.content ?? {}).map(([type, media]) => {
        const example = media.example ?? exampleOf(doc, media.schema);
        return (
          <>
            <p>
              <code>{type}</code>:{' '}
              <code>
                <TypeOf schema={media.schema} />
              </code>
            </p>
            {media.schema && !media.schema.$ref ? <SchemaView schema={media.schema} /> : null}
            {example === undefined ? null : (
              <details>
                <summary>Example</summary>
                <pre>{JSON.stringify(example, null, 2)}</pre>
              </details>
            )}
          </>
        );
      })}
    </>
  );
}

function OperationView(props: { doc: OpenApiDocument; path: string; method: string; op: Operation }) {
  const { doc, path, method, op } = props;
  const params = (op.parameters ?? []).map((p) =>
    '$ref' in p ? doc.components?.parameters?.[refName(p.$ref)] : p,
  );
  return (
    <section id={opAnchor(method, path)} aria-labelledby={`${opAnchor(method, path)}-h`}>
      <h3 id={`${opAnchor(method, path)}-h`}>
        <code>
          {method.toUpperCase()} {path}
        </code>
      </h3>
      <p>
        <strong>{op.summary}</strong>
        {op.security?.length ? ' — needs a bearer token' : ''}
      </p>
      {op.description ? <p>{op.description}</p> : null}
      {params.length ? (
        <>
          <h4>Parameters</h4>
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {params.map((p) =>
                p ? (
                  <tr>
                    <td>
                      <code>{p.name}</code>
                      {p.required ? ' (required)' : ''}
                    </td>
                    <td>{p.in}</td>
                    <td>
                      <code>
                        <TypeOf schema={p.schema} />
                      </code>
                    </td>
                    <td>
                      {[
                        p.schema ? constraints(p.schema) : '',
                        p.description ?? p.schema?.description,
                        p.schema?.example === undefined ? '' : `e.g. ${JSON.stringify(p.schema.example)}`,
                      ]
                        .filter(Boolean)
                        .join(' — ')}
                    </td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </>
      ) : null}
      {op.requestBody ? (
        <>
          <h4>Request body{op.requestBody.required ? ' (required)' : ''}</h4>
          <Body doc={doc} content={op.requestBody.content} />
        </>
      ) : null}
      <h4>Responses</h4>
      <dl>
        {Object.entries(op.responses ?? {}).map(([status, r]) => (
          <>
            <dt>
              <strong>{status}</strong> {r.description}
            </dt>
            <dd>
              <Body doc={doc} content={r.content} />
            </dd>
          </>
        ))}
      </dl>
    </section>
  );
}

const CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:1rem;max-width:64rem;color:#111}
code,pre{font-size:.92em}pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}
table{border-collapse:collapse;margin:.25rem 0}td,th{padding:.25rem .5rem;border-bottom:1px solid #ccc;text-align:left;vertical-align:top;overflow-wrap:anywhere}
section{border-top:2px solid #ddd;margin-top:1.5rem}a{color:#0645ad}`;

/** The whole reference page. */
export function ApiDocsPage(props: { doc: OpenApiDocument }) {
  const { doc } = props;
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
  const schemas = Object.entries(doc.components?.schemas ?? {});
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>OpenHall API 接口文档</title>
        <style>{CSS}</style>
      </head>
      <body>
        <main>
          <h1>OpenHall API 接口文档 / API reference</h1>
          <p>{doc.info.description}</p>
          <p>
            <a href="/v1/openapi.json">OpenAPI 3.1 (JSON)</a> ·{' '}
            <a href="#token">How to get a token / 获取令牌</a> · <a href="#schemas">Schemas</a>
          </p>
          <section id="token" aria-labelledby="token-h">
            <h2 id="token-h">How to get a token / 获取令牌</h2>
            <p>
              Public operations need no token. Admin and staff operations need{' '}
              <code>Authorization: Bearer &lt;token&gt;</code>; the tenant comes from the token, never from
              the body.
            </p>
            <ul>
              <li>
                Locally (<code>pnpm start</code>), the development issuer signs tokens for the seeded
                (invented) users:
                <pre>
                  TOKEN=$(pnpm -s token --tenant zibo --role district-admin){'\n'}curl -H "authorization:
                  Bearer $TOKEN" $URL/v1/tenants/zibo/config
                </pre>
                Roles: <code>district-admin</code>, <code>desk</code>, <code>window</code>,{' '}
                <code>section-manager</code>; or <code>--province shandong --role provincial-office</code>.
              </li>
              <li>
                In AWS, staff sign in through the Cognito user pool of the deployment (hosted sign-in or the
                Cognito API, e.g. <code>aws cognito-idp initiate-auth</code>) and send the ID token it
                returns; the user carries the attributes <code>tenant_id</code>, <code>role</code> and{' '}
                <code>province</code>.
              </li>
            </ul>
          </section>
          <section aria-labelledby="ops-h">
            <h2 id="ops-h">Operations</h2>
            <ul>
              {ops.map((o) => (
                <li>
                  <a href={`#${opAnchor(o.method, o.path)}`}>
                    <code>
                      {o.method.toUpperCase()} {o.path}
                    </code>
                  </a>{' '}
                  {o.op.summary} {o.op.tags?.includes('admin') ? '(admin)' : ''}
                </li>
              ))}
            </ul>
          </section>
          {ops.map((o) => (
            <OperationView doc={doc} path={o.path} method={o.method} op={o.op} />
          ))}
          <section id="schemas" aria-labelledby="schemas-h">
            <h2 id="schemas-h">Schemas</h2>
            {schemas.map(([name, s]) => {
              const example = exampleOf(doc, s);
              return (
                <div id={anchorOf(name)}>
                  <h3>{name}</h3>
                  {s.description ? <p>{s.description}</p> : null}
                  <SchemaView schema={s} />
                  {example === undefined ? null : (
                    <details>
                      <summary>Example</summary>
                      <pre>{JSON.stringify(example, null, 2)}</pre>
                    </details>
                  )}
                </div>
              );
            })}
          </section>
        </main>
      </body>
    </html>
  );
}

/** The page of a document, as `/v1/docs` answers it (loaded by that route on its first request). */
export function renderApiDocsPage(doc: OpenApiDocument) {
  return <ApiDocsPage doc={doc} />;
}
