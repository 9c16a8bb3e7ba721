import type { Messages } from '../i18n/messages.js';

export interface TextFieldProps {
  t: Messages;
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** Server-side message shown beside the input. */
  error?: string | undefined;
  value?: string;
  type?: 'text' | 'tel' | 'search';
  autocomplete?: string;
  inputmode?: 'text' | 'tel' | 'numeric';
  required?: boolean;
  pattern?: string;
  maxlength?: number;
  autocapitalize?: 'off' | 'characters';
}

/** A labelled input with its hint and its error, tied together by aria-describedby. */
export function TextField(p: TextFieldProps) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const errorId = p.error ? `${p.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
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
      <input
        type={p.type ?? 'text'}
        id={p.id}
        name={p.name}
        value={p.value ?? ''}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        required={p.required}
        pattern={p.pattern}
        maxlength={p.maxlength}
        autocapitalize={p.autocapitalize}
        spellcheck={false}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/**
 * The applicant's mobile number: the same field wherever a person types it. No pattern and no
 * length cut: a pasted "+86 139 1234 5678" arrives whole, and the server normalises and checks it
 * with the applicant's own rule (`normalisePhone`), answering in the page's words.
 */
export function PhoneField(p: Pick<TextFieldProps, 't' | 'hint' | 'error' | 'value'>) {
  return (
    <TextField
      {...p}
      id="field-phone"
      name="phone"
      type="tel"
      inputmode="tel"
      label={p.t.book.phone}
      autocomplete="tel-national"
      required
    />
  );
}

/** The six digits of an SMS code (短信验证码), posted as `name`; phones may fill it from the message. */
export function SmsCodeField(p: Pick<TextFieldProps, 't' | 'error' | 'name'>) {
  return (
    <TextField
      {...p}
      id="field-sms-code"
      label={p.t.myBookings.codeLabel}
      hint={p.t.myBookings.codeHint}
      autocomplete="one-time-code"
      inputmode="numeric"
      pattern="[0-9]{6}"
      maxlength={6}
      required
    />
  );
}
