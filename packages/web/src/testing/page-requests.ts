import type { Hono } from 'hono';

// biome-ignore lint/suspicious/noExplicitAny: any app whose pages are under test
type AnyApp = Hono<any>;

/** GET a page, optionally with cookies (`lang=en; elder=on`). */
export function getPage(app: AnyApp, path: string, cookie?: string): Promise<Response> {
  return Promise.resolve(app.request(path, cookie ? { headers: { cookie } } : {}));
}

/** POST a form as a browser does (urlencoded). */
export function postForm(
  app: AnyApp,
  path: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(app.request(path, { method: 'POST', body: new URLSearchParams(form), headers }));
}

/** What a reader sees: the text of the page without tags, styles or the values of inputs. */
export function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every `<input ...>` tag of the page. */
export function inputTags(html: string): string[] {
  return html.match(/<input\b[^>]*>/g) ?? [];
}

/** The value of one attribute in one tag, or undefined. */
export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The value of the first input named `name`. */
export function inputValue(html: string, name: string): string | undefined {
  const tag = inputTags(html).find((t) => attr(t, 'name') === name);
  return tag ? attr(tag, 'value') : undefined;
}
