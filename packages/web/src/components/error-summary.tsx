import type { Messages } from '../i18n/messages.js';

export interface PageError {
  /** Id of the input the message is about; the summary links to it. */
  fieldId?: string;
  message: string;
}

/**
 * The errors of a form, announced at once (role="alert") and listed at the top, each linking to
 * its field.
 */
export function ErrorSummary(props: { t: Messages; errors: PageError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{props.t.errorSummary(props.errors.length)}</h2>
      <ul>
        {props.errors.map((e) => (
          <li>{e.fieldId ? <a href={`#${e.fieldId}`}>{e.message}</a> : e.message}</li>
        ))}
      </ul>
    </div>
  );
}
