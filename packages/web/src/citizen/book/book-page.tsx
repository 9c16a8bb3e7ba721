import { type Hall, type Matter, type Slot, shanghaiDateOf } from '@openhall/domain';
import { dayLabel } from '../../components/day-label.js';
import { ErrorSummary, type PageError } from '../../components/error-summary.js';
import { Hours } from '../../components/hall-hours.js';
import { firstSlotId, SlotPicker } from '../../components/slot-picker.js';
import { PhoneField, TextField } from '../../components/text-field.js';
import { pick } from '../../i18n/locale.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import type { BookingDay } from '../booking-days.js';
import { bundleWords } from '../bundle/bundle-i18n.js';
import type { BookingField, BookingFormValues } from './booking-form.js';

export interface BookPageProps {
  ctx: PageContext;
  matter: Matter;
  hall: Hall;
  date: string;
  /** The day in the booking range; undefined when the date is before today or beyond the horizon. */
  day: BookingDay | undefined;
  slots: Slot[];
  /** Days after this one with a free slot, offered when this one has none. */
  nextDays: BookingDay[];
  values: Omit<BookingFormValues, 'matterId' | 'hallId' | 'date'>;
  fieldErrors?: Partial<Record<BookingField, string>>;
  /** Why the booking service refused the last attempt. */
  refusal?: string;
}

/** Why this day offers nothing to choose, in words, or undefined when it has a free slot. */
function emptyReason(p: BookPageProps): string[] | undefined {
  const { t, config } = p.ctx;
  const params = { policy: config.bookingPolicy };
  if (!p.day) {
    const past = p.date < shanghaiDateOf(p.ctx.now);
    return [past ? t.book.datePast : t.ruleErrors.beyond_horizon(params)];
  }
  if (p.day.closed === 'holiday_booking_window_closed')
    return [t.ruleErrors.holiday_booking_window_closed(params)];
  if (p.day.closed === 'provisional_day') return [t.ruleErrors.provisional_day(params)];
  if (p.day.closed === 'no_slot_left') return [t.book.noSlotsLeft];
  if (p.day.closed)
    return [
      t.closedReason[p.day.closed],
      ...(p.day.closedNote ? [t.book.closedBecause(p.day.closedNote)] : []),
      t.book.noSlots,
    ];
  if (p.slots.length === 0) return [t.book.noSlotsLeft];
  if (p.slots.every((s) => s.remaining <= 0)) {
    // A service that says `capacity` may keep every place for the desk and phone (the holdback).
    const heldBack = p.slots.every((s) => (s as { capacity?: number }).capacity === 0);
    return [heldBack ? t.book.heldBack(params) : t.book.allFull];
  }
  return undefined;
}

function NextDays(props: {
  ctx: PageContext;
  matter: Matter;
  hall: Hall;
  days: BookingDay[];
  bundleId?: string | undefined;
}) {
  const { ctx, matter, hall } = props;
  const bundle = props.bundleId ? { bundleId: props.bundleId } : {};
  const { t, tenantId } = ctx;
  return (
    <>
      <h2 id="next-days">{t.book.nextDays}</h2>
      {props.days.length === 0 ? (
        <p>{t.book.noNextDays}</p>
      ) : (
        <ul class="list" aria-labelledby="next-days">
          {props.days.map((d) => (
            <li>
              <a
                href={pagePaths.book(tenantId, {
                  matterId: matter.id,
                  hallId: hall.id,
                  date: d.day.date,
                  ...bundle,
                })}
              >
                {t.dateShort(d.day.date)} · {dayLabel(t, d.day)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** 预约: the slots of one day and the applicant's details, in one form that works without JavaScript. */
export function BookPage(p: BookPageProps) {
  const { ctx, matter, hall, values } = p;
  const { t, locale, tenantId } = ctx;
  const fieldErrors = p.fieldErrors ?? {};
  const empty = emptyReason(p);
  // 一件事一次办: booked by its lead matter; the bundle rides along in the form.
  const bundle = values.bundleId ? ctx.config.bundles.find((b) => b.id === values.bundleId) : undefined;
  const errors: PageError[] = [
    ...(p.refusal ? [{ message: p.refusal }] : []),
    ...(fieldErrors.start ? [{ fieldId: firstSlotId(p.slots), message: fieldErrors.start }] : []),
    ...(['name', 'phone', 'organisation'] as const).flatMap((f) =>
      fieldErrors[f] ? [{ fieldId: `field-${f}`, message: fieldErrors[f] }] : [],
    ),
  ];
  return (
    <>
      <h1>{t.book.title(pick(matter.name, locale))}</h1>
      {bundle ? <p class="notice">{bundleWords[locale].booking(pick(bundle.name, locale))}</p> : null}
      <ErrorSummary t={t} errors={errors} />
      <dl class="facts">
        <dt>{t.confirmation.hall}</dt>
        <dd>{pick(hall.name, locale)}</dd>
        <dt>{t.confirmation.when}</dt>
        <dd>
          {t.dateLong(p.date)}
          {p.day
            ? ` · ${p.day.closed === 'hall_closed' ? t.closedReason.hall_closed : dayLabel(t, p.day.day)}`
            : ''}
          {p.day ? (
            <>
              <br />
              <Hours t={t} hallDay={p.day.hallDay} />
            </>
          ) : null}
          {p.day?.day.provisional ? (
            <>
              <br />
              <strong>{t.hours.provisional}</strong>
            </>
          ) : null}
        </dd>
      </dl>
      <p>
        <a href={pagePaths.matter(tenantId, matter.id, hall.id)}>{t.book.changeDate}</a>
      </p>
      {empty ? (
        <>
          <div class="notice" role="status">
            {empty.map((line) => (
              <p>{line}</p>
            ))}
          </div>
          {p.slots.length > 0 ? <SlotPicker t={t} slots={p.slots} legend={t.book.slotLegend} /> : null}
          <NextDays ctx={ctx} matter={matter} hall={hall} days={p.nextDays} bundleId={bundle?.id} />
        </>
      ) : (
        <form method="post" action={pagePaths.book(tenantId)} novalidate>
          <input type="hidden" name="matterId" value={matter.id} />
          <input type="hidden" name="hallId" value={hall.id} />
          <input type="hidden" name="date" value={p.date} />
          {/* The same key on a double submit or a refresh returns the same booking. */}
          <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
          {bundle ? <input type="hidden" name="bundleId" value={bundle.id} /> : null}
          <SlotPicker
            t={t}
            slots={p.slots}
            legend={t.book.slotLegend}
            selected={values.start}
            error={fieldErrors.start}
          />
          <fieldset>
            <legend>{t.book.applicantLegend}</legend>
            <TextField
              t={t}
              id="field-name"
              name="name"
              label={t.book.name}
              hint={t.book.nameHint}
              value={values.name}
              error={fieldErrors.name}
              autocomplete="name"
              required
              maxlength={40}
            />
            <PhoneField t={t} hint={t.book.phoneHint} value={values.phone} error={fieldErrors.phone} />
            <TextField
              t={t}
              id="field-organisation"
              name="organisation"
              label={t.book.organisation}
              hint={t.book.organisationHint}
              value={values.organisation}
              error={fieldErrors.organisation}
              autocomplete="organization"
              maxlength={100}
            />
            <div class="field">
              <label class="check" for="field-agent">
                <input
                  type="checkbox"
                  id="field-agent"
                  name="agent"
                  value="yes"
                  checked={values.agent}
                  aria-describedby="field-agent-hint"
                />
                <span>{t.book.agent}</span>
              </label>
              <p class="hint" id="field-agent-hint">
                {t.book.agentHint}
              </p>
            </div>
          </fieldset>
          <button type="submit" class="btn wide">
            {t.book.submit}
          </button>
        </form>
      )}
    </>
  );
}
