const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attrOf = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
};
const has = (tag: string, name: string) => new RegExp(`\\s${name}(?:[\\s>=/]|$)`).test(tag);

/**
 * What a browser would post from the form with `id` of a page: every named input (a checkbox only
 * when ticked) and every select's chosen option, in page order; rows' templates are not the form.
 */
export function formFields(html: string, id = 'console-form'): URLSearchParams {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) throw new Error(`no form #${id} on the page`);
  let form = html.slice(html.lastIndexOf('<form', start), html.indexOf('</form>', start));
  // Innermost templates first, so a template inside a template goes with it.
  for (let before = ''; before !== form; ) {
    before = form;
    form = form.replace(/<template>(?:(?!<template>)[\s\S])*?<\/template>/, '');
  }
  const out = new URLSearchParams();
  for (const m of form.matchAll(/<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>/g)) {
    const tag = m[0];
    const name = attrOf(tag, 'name');
    if (!name) continue;
    if (tag.startsWith('<select')) {
      const options = [...tag.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      const chosen = options.find((o) => has(o, 'selected')) ?? options[0];
      out.append(name, chosen ? (attrOf(chosen, 'value') ?? '') : '');
      continue;
    }
    const type = attrOf(tag, 'type') ?? 'text';
    if ((type === 'checkbox' || type === 'radio') && !has(tag, 'checked')) continue;
    out.append(name, attrOf(tag, 'value') ?? '');
  }
  return out;
}

/** The form with one field's value replaced (every value of that name), as typed. */
export function withField(form: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(form);
  next.set(name, value);
  return next;
}
