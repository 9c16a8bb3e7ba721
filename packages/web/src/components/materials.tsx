import type { LocalizedText } from '@openhall/domain';
import { pick } from '../i18n/locale.js';
import type { PageContext } from '../page-context.js';

/**
 * 一次告知: the one complete list of what to bring. For a booking, the list it was given when made
 * or moved; for a matter not yet booked, the list configured today.
 */
export function Materials(props: {
  ctx: PageContext;
  materials: readonly LocalizedText[];
  headingId: string;
}) {
  const { t, locale } = props.ctx;
  const { materials } = props;
  return (
    <section aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{t.matter.materials}</h2>
      {materials.length === 0 ? (
        <p>{t.matter.materialsNone}</p>
      ) : (
        <ol>
          {materials.map((m) => (
            <li>{pick(m, locale)}</li>
          ))}
        </ol>
      )}
      <p class="hint">{t.matter.materialsNote}</p>
    </section>
  );
}
