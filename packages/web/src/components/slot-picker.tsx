import type { Slot } from '@openhall/domain';
import type { Messages } from '../i18n/messages.js';

function timeOfIso(iso: string): string {
  return iso.slice(11, 16);
}

/** Id of the radio the error summary should link to: the first that can be chosen. */
export function firstSlotId(slots: Slot[]): string {
  const i = slots.findIndex((s) => s.remaining > 0);
  return `slot-${Math.max(0, i)}`;
}

/**
 * The slots of one day as a radio group (fieldset and legend). Full slots stay visible, disabled
 * and marked in words, so people see the day is busy rather than closed.
 */
export function SlotPicker(props: {
  t: Messages;
  slots: Slot[];
  legend: string;
  selected?: string;
  error?: string | undefined;
}) {
  const { t, slots } = props;
  return (
    <fieldset id="slots" aria-describedby={props.error ? 'slots-error' : undefined}>
      <legend>{props.legend}</legend>
      {props.error ? (
        <p class="field-error" id="slots-error">
          {t.errorPrefix}
          {props.error}
        </p>
      ) : null}
      <div class="slots">
        {slots.map((slot, i) => {
          const full = slot.remaining <= 0;
          return (
            <label class={full ? 'slot full' : 'slot'} for={`slot-${i}`}>
              <input
                type="radio"
                id={`slot-${i}`}
                name="start"
                value={slot.start}
                required
                disabled={full}
                checked={!full && props.selected === slot.start}
              />
              <span>
                <span class="time">{t.timeRange(timeOfIso(slot.start), timeOfIso(slot.end))}</span>
                {full ? t.book.full : t.book.remaining(slot.remaining)}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
