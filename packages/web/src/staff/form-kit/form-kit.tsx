import type { Child } from 'hono/jsx';
import type { Locale } from '../../i18n/locale.js';
import type { FormError } from './field-errors.js';
import { formKitWords } from './form-kit-i18n.js';
import { type FieldKind, fieldName, valueAt } from './form-shape.js';

/** The id of a field's input: `materials.1.zh` → `f-materials-1-zh`. */
export const fieldId = (key: string) => `f-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

interface Option {
  value: string;
  label: string;
}

/**
 * The fields of one console form, each named by the dotted path of what it edits in the value
 * (so `shapeOf` rebuilds the value and a schema issue's path finds its field). A field shows the
 * errors at its own path; a group (a fieldset, a list of rows) those below it no field took.
 * Fields are plain calls, evaluated inner first, so a group's children claim their errors first.
 */
export function formKit(options: { values: unknown; errors: readonly FormError[]; locale: Locale }) {
  const { values, errors, locale } = options;
  const words = formKitWords[locale];
  const claimed = new Map<FormError, string>();
  let depth = 0;
  let template = 0;

  const str = (key: string): string => {
    const v = valueAt(values, key);
    return v === undefined || v === null ? '' : String(v);
  };
  const take = (key: string, below: boolean): FormError[] => {
    if (template > 0) return [];
    const mine = errors.filter(
      (e) => !claimed.has(e) && (e.key === key || (below && key !== '' && e.key.startsWith(`${key}.`))),
    );
    for (const e of mine) claimed.set(e, fieldId(key));
    return mine;
  };
  const errorList = (key: string, mine: FormError[]) =>
    mine.map((e) => (
      <p class="field-error" id={`${fieldId(key)}-error`} data-field={key}>
        {e.text}
      </p>
    ));
  const described = (key: string, mine: FormError[]) =>
    mine.length > 0 ? { 'aria-describedby': `${fieldId(key)}-error`, 'aria-invalid': 'true' } : {};

  function input(
    key: string,
    label: string,
    attrs: { kind?: FieldKind; type?: string; hint?: string; size?: number; value?: string } & Record<
      string,
      unknown
    > = {},
  ) {
    const { kind, type, hint, size, value, ...rest } = attrs;
    const mine = take(key, true);
    return (
      <p class={`field${mine.length > 0 ? ' has-error' : ''}`}>
        <label for={fieldId(key)}>{label}</label>
        {hint ? <span class="hint">{hint}</span> : null}
        <input
          id={fieldId(key)}
          name={fieldName(key, kind)}
          type={type ?? 'text'}
          value={value ?? str(key)}
          size={size ?? 30}
          {...rest}
          {...described(key, mine)}
        />
        {errorList(key, mine)}
      </p>
    );
  }

  const kit = {
    /** Text as typed; `optional` makes empty mean absent. */
    text: (key: string, label: string, o: { optional?: boolean; hint?: string; size?: number } = {}) =>
      input(key, o.optional ? `${label}${words.optional}` : label, {
        ...(o.optional ? { kind: 'opt' as const } : {}),
        ...(o.hint ? { hint: o.hint } : {}),
        ...(o.size ? { size: o.size } : {}),
      }),
    /** A whole number; `nullable` makes empty mean "none" (`null`), `optional` absent. */
    number: (
      key: string,
      label: string,
      o: {
        min?: number;
        max?: number;
        step?: number;
        nullable?: boolean;
        optional?: boolean;
        hint?: string;
      } = {},
    ) =>
      input(key, o.optional || o.nullable ? `${label}${words.optional}` : label, {
        kind: o.nullable ? 'num-or-null' : 'num',
        type: 'number',
        size: 8,
        inputmode: 'numeric',
        ...(o.min !== undefined ? { min: o.min } : {}),
        ...(o.max !== undefined ? { max: o.max } : {}),
        ...(o.step !== undefined ? { step: o.step } : {}),
        ...(o.hint ? { hint: o.hint } : {}),
      }),
    /** A calendar date `YYYY-MM-DD`. */
    date: (key: string, label: string) => input(key, label, { type: 'date', size: 10 }),
    /** A wall-clock time `HH:MM`. */
    time: (key: string, label: string) => input(key, label, { type: 'time', size: 6 }),
    /** Words separated by commas (search keywords). */
    words: (key: string, label: string, hint: string) => {
      const v = valueAt(values, key);
      return input(key, `${label}${words.optional}`, {
        kind: 'words',
        hint,
        size: 60,
        value: Array.isArray(v) ? v.join('，') : str(key),
      });
    },
    /** Chinese and English of one text (`LocalizedText`). */
    localized: (key: string, label: string) => {
      const zh = input(`${key}.zh`, `${label}（中文）`, { size: 40, lang: 'zh' });
      const en = input(`${key}.en`, `${label} (English)`, { size: 40, lang: 'en' });
      const mine = take(key, true);
      return (
        <div class={`localized${mine.length > 0 ? ' has-error' : ''}`} id={fieldId(key)}>
          {zh}
          {en}
          {errorList(key, mine)}
        </div>
      );
    },
    /** One of a list; with `blank`, an empty first choice that means absent. */
    select: (key: string, label: string, choices: Option[], o: { blank?: string } = {}) => {
      const mine = take(key, true);
      const current = str(key);
      return (
        <p class={`field${mine.length > 0 ? ' has-error' : ''}`}>
          <label for={fieldId(key)}>{label}</label>
          <select
            id={fieldId(key)}
            name={fieldName(key, o.blank !== undefined ? 'opt' : undefined)}
            {...described(key, mine)}
          >
            {o.blank !== undefined ? (
              <option value="" selected={current === ''}>
                {o.blank}
              </option>
            ) : null}
            {choices.map((c) => (
              <option value={c.value} selected={c.value === current}>
                {c.label}
              </option>
            ))}
          </select>
          {errorList(key, mine)}
        </p>
      );
    },
    /** Yes or no: a hidden `false` before the box, so an unticked box still says so. */
    check: (key: string, label: string) => {
      const mine = take(key, true);
      return (
        <p class={`field check${mine.length > 0 ? ' has-error' : ''}`}>
          <input type="hidden" name={fieldName(key, 'bool')} value="false" />
          <label>
            <input
              id={fieldId(key)}
              type="checkbox"
              name={fieldName(key, 'bool')}
              value="true"
              checked={valueAt(values, key) === true}
              {...described(key, mine)}
            />{' '}
            {label}
          </label>
          {errorList(key, mine)}
        </p>
      );
    },
    /** Several of a list (windows of a matter): ticked ones are the list; none ticked is `[]`. */
    checks: (key: string, legend: string, choices: Option[]) => {
      const mine = take(key, true);
      const current = valueAt(values, key);
      const chosen = new Set(Array.isArray(current) ? current.map(String) : []);
      return (
        <fieldset
          class={`field checks${mine.length > 0 ? ' has-error' : ''}`}
          id={fieldId(key)}
          {...described(key, mine)}
        >
          <legend>{legend}</legend>
          <input type="hidden" name={fieldName(key, 'list')} value="" />
          {choices.map((c) => (
            <label>
              <input
                type="checkbox"
                name={fieldName(key, 'list')}
                value={c.value}
                checked={chosen.has(c.value)}
              />{' '}
              {c.label}
            </label>
          ))}
          {errorList(key, mine)}
        </fieldset>
      );
    },
    /**
     * A list of rows (materials, sessions): each row from `row(rowKey, index)`, a button to remove
     * it and one to add another from a template (the console's small script). Rows may nest.
     */
    rows: (
      key: string,
      legend: string,
      o: { count: number; max: number; addLabel?: string; stacked?: boolean; row: (rowKey: string) => Child },
    ) => {
      const placeholder = `__r${depth}__`;
      depth++;
      const rowClass = o.stacked ? 'row stacked' : 'row';
      const rows = Array.from({ length: o.count }, (_, i) => (
        <div class={rowClass} data-row="">
          {o.row(`${key}.${i}`)}
          <button type="button" class="btn-small" data-remove-row="">
            {words.removeRow}
          </button>
        </div>
      ));
      template++;
      const blank = (
        <div class={rowClass} data-row="">
          {o.row(`${key}.${placeholder}`)}
          <button type="button" class="btn-small" data-remove-row="">
            {words.removeRow}
          </button>
        </div>
      );
      template--;
      depth--;
      const mine = take(key, true);
      const box = `rows-${fieldId(key)}`;
      return (
        <fieldset
          class={`rows${mine.length > 0 ? ' has-error' : ''}`}
          id={fieldId(key)}
          data-max={String(o.max)}
        >
          <legend>{legend}</legend>
          <input type="hidden" name={fieldName(key, 'rows')} value="" />
          <div id={box} data-next={String(o.count)} data-placeholder={placeholder}>
            <div data-rows-list="">{rows}</div>
            <template>{blank}</template>
          </div>
          {errorList(key, mine)}
          <button type="button" class="btn-small" data-add-row={box}>
            {o.addLabel ?? words.addRow}
          </button>
        </fieldset>
      );
    },
    /** A fieldset over several fields; shows what none of them took. */
    group: (key: string, legend: string, children: Child) => {
      const mine = take(key, true);
      return (
        <fieldset class={`group${mine.length > 0 ? ' has-error' : ''}`} id={fieldId(key)}>
          <legend>{legend}</legend>
          {children}
          {errorList(key, mine)}
        </fieldset>
      );
    },
    /** Where an error was shown (the id of its field), once the form is built; `undefined` if nowhere. */
    shownAt: (e: FormError) => claimed.get(e),
  };
  return kit;
}
export type FormKit = ReturnType<typeof formKit>;

/**
 * Adds and removes rows of `kit.rows` in the browser: a row is cloned from its list's template,
 * numbered past the highest one yet (the server closes gaps), so nested lists stay apart.
 */
export const ROWS_SCRIPT = `document.addEventListener('click',function(e){
var t=e.target;if(!(t instanceof Element))return;
var add=t.closest('[data-add-row]');
if(add){var box=document.getElementById(add.getAttribute('data-add-row'));if(!box)return;
var list=box.querySelector(':scope>[data-rows-list]');var tpl=box.querySelector(':scope>template');
var max=Number(box.parentElement.getAttribute('data-max')||'99');
if(list.children.length>=max)return;
var n=Number(box.getAttribute('data-next'));box.setAttribute('data-next',String(n+1));
list.insertAdjacentHTML('beforeend',tpl.innerHTML.split(box.getAttribute('data-placeholder')).join(String(n)));
var first=list.lastElementChild&&list.lastElementChild.querySelector('input,select');if(first)first.focus();return;}
var rm=t.closest('[data-remove-row]');if(rm){var row=rm.closest('[data-row]');if(row)row.remove();}
});`;

export const FORM_KIT_CSS = `.field{margin:0 0 .75rem}
.field label,.localized label{display:block;font-weight:700}
.field input[type=text],.field input:not([type]){font:inherit;min-height:var(--tap);padding:.3rem .5rem;border:2px solid #4d4d4d;border-radius:.35rem;max-width:100%}
.field .hint{display:block;color:#333;font-size:.9em}
.field.check label{display:inline-flex;gap:.4rem;align-items:center;font-weight:700;min-height:var(--tap)}
input[type=checkbox]{width:1.4rem;height:1.4rem}
.checks label{display:inline-flex;gap:.35rem;align-items:center;margin:.25rem 1rem .25rem 0;min-height:var(--tap);font-weight:400}
.localized{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:0 1rem}
fieldset.group,fieldset.rows,fieldset.checks{border:1px solid #8c8c8c;border-radius:.35rem;padding:.5rem .75rem;margin:0 0 1rem}
legend{font-weight:700}
.row{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end;border-bottom:1px dashed #8c8c8c;padding:.25rem 0;margin:0 0 .5rem}
.row .field{margin:0 0 .5rem}
.row.stacked{display:block}
.row fieldset.rows{flex-basis:100%}
.btn-small{font:inherit;min-height:var(--tap);padding:.2rem .75rem;border:2px solid #1f3a68;border-radius:.35rem;background:#fff;color:#1f3a68;cursor:pointer;margin:0 0 .5rem}
.has-error input,.has-error select{border-color:#8a1c1c;border-width:3px}
.field-error{color:#8a1c1c;font-weight:700;margin:.2rem 0 0}
.error-summary{border:3px solid #8a1c1c;padding:.5rem .75rem;margin:0 0 1rem}
.ok{color:#14532d;font-weight:700}
.changes{font-size:.9em}
.form-actions{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin:1rem 0}`;
