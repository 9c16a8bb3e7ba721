import type { Messages } from '../../i18n/messages.js';

/** A labelled multi-line field with its error. */
export function TextArea(p: {
  t: Messages;
  id: string;
  name: string;
  label: string;
  hint?: string;
  value?: string;
  error?: string | undefined;
  required?: boolean;
  maxlength?: number;
}) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const errorId = p.error ? `${p.id}-error` : undefined;
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      {p.hint ? (
        <p class="hint" id={hintId}>
          {p.hint}
        </p>
      ) : null}
      {p.error ? (
        <p class="field-error" id={errorId}>
          {p.t.errorPrefix}
          {p.error}
        </p>
      ) : null}
      <textarea
        id={p.id}
        name={p.name}
        rows={4}
        required={p.required}
        maxlength={p.maxlength}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      >
        {p.value ?? ''}
      </textarea>
    </div>
  );
}

/** A labelled select. */
export function SelectField(p: {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
}) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select id={p.id} name={p.name}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
