import {
  ApplicantSchema,
  type CreateBookingRequest,
  isShanghaiIso,
  LocalDateSchema,
  parseShanghaiIso,
  SlugSchema,
} from '@openhall/domain';

/** What the booking form posts, as typed. */
export interface BookingFormValues {
  matterId: string;
  hallId: string;
  date: string;
  start: string;
  name: string;
  phone: string;
  organisation: string;
  agent: boolean;
  idempotencyKey: string;
  /** 一件事一次办: the bundle booked by its lead matter (absent or '' for a single matter). */
  bundleId?: string;
}

export type BookingField = 'name' | 'phone' | 'organisation' | 'start';

export type FormBody = Record<string, string | File | (string | File)[]>;

/** One text field of a posted form; a file or a repeated field counts as missing. */
export function formText(body: FormBody, key: string, maxLength = 200): string {
  const value = body[key];
  return typeof value === 'string' ? value.slice(0, maxLength) : '';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readBookingForm(body: FormBody): BookingFormValues {
  return {
    matterId: formText(body, 'matterId', 64),
    hallId: formText(body, 'hallId', 64),
    date: formText(body, 'date', 10),
    start: formText(body, 'start', 40),
    name: formText(body, 'name', 80),
    phone: formText(body, 'phone', 40),
    organisation: formText(body, 'organisation', 200),
    agent: formText(body, 'agent') === 'yes',
    idempotencyKey: formText(body, 'idempotencyKey', 64),
    bundleId: formText(body, 'bundleId', 64),
  };
}

/** A slot start as posted, well formed and on the date the form is for. */
export function isStartOn(start: string, date: string): boolean {
  return isShanghaiIso(start) && parseShanghaiIso(start).date === date;
}

export function isIdempotencyKey(key: string): boolean {
  return UUID.test(key);
}

/** True when the posted matter, hall and date are well formed (else the page starts over). */
export function hasBookingTarget(v: Pick<BookingFormValues, 'matterId' | 'hallId' | 'date'>): boolean {
  return (
    SlugSchema.safeParse(v.matterId).success &&
    SlugSchema.safeParse(v.hallId).success &&
    LocalDateSchema.safeParse(v.date).success
  );
}

/**
 * The request to send, or which fields are wrong. Uses the API's own applicant schema, so the
 * page accepts exactly what the booking service accepts; the page words each message itself.
 */
export function validateBookingForm(
  v: BookingFormValues,
): { ok: true; request: CreateBookingRequest } | { ok: false; fields: BookingField[] } {
  const fields = new Set<BookingField>();
  if (!isStartOn(v.start, v.date)) fields.add('start');
  const applicant = ApplicantSchema.safeParse({
    name: v.name,
    phone: v.phone,
    ...(v.organisation.trim() ? { organisation: v.organisation } : {}),
    agent: v.agent,
  });
  if (!applicant.success) {
    for (const issue of applicant.error.issues) {
      const field = issue.path[0];
      if (field === 'name' || field === 'phone' || field === 'organisation') fields.add(field);
    }
  }
  if (fields.size > 0 || !applicant.success) {
    const order: BookingField[] = ['start', 'name', 'phone', 'organisation'];
    return { ok: false, fields: order.filter((f) => fields.has(f)) };
  }
  return {
    ok: true,
    request: {
      matterId: v.matterId,
      hallId: v.hallId,
      start: v.start,
      applicant: applicant.data,
      ...(v.bundleId && SlugSchema.safeParse(v.bundleId).success ? { bundleId: v.bundleId } : {}),
    },
  };
}
