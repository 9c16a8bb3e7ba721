import { z } from 'zod';
import type { BookingHandling } from '../desk/handling-schemas.js';
import { DomainError } from '../shared/errors.js';
import { LocalizedTextSchema, SlugSchema } from '../shared/primitives.js';
import type { Matter } from './matter.js';
import type { ServiceWindow } from './service-window.js';

/**
 * 一件事一次办 ("one thing, one visit"): several matters of several departments booked as ONE
 * booking with one time. The lead matter's department leads (牵头部门); the booking takes its place
 * at a window of the lead matter (主办窗口) under the ordinary booking rules, and every window of the
 * bundle's matters in that hall sees it (协办窗口).
 */
export const BundleSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    /** The matters done in the one visit, lead first or not (at least two). */
    matterIds: z.array(SlugSchema).min(2).max(20),
    /** The lead matter: one of `matterIds`; its windows hold the booking's place. */
    leadMatterId: SlugSchema,
    /** No longer offered (kept so its bookings keep their name). */
    retired: z.boolean().default(false),
  })
  .meta({ id: 'Bundle' });
export type Bundle = z.infer<typeof BundleSchema>;

/** A bundle that cannot be booked as asked: unknown, or not at this hall, or not by its lead matter. */
export class BundleError extends DomainError {
  constructor(
    readonly code: 'bundle_not_found' | 'bundle_lead_matter_required' | 'bundle_not_in_hall',
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** What a bundle booking adds to the booking: the bundle and every window of it in the booking's hall. */
export const BookingBundleSchema = z
  .object({
    id: SlugSchema,
    matterIds: z.array(SlugSchema).min(2).max(20),
    leadMatterId: SlugSchema,
    /** Every window of the bundle's matters in the hall (the lead's first): they all see the booking. */
    windowIds: z.array(SlugSchema).min(1).max(40),
  })
  .meta({ id: 'BookingBundle' });
export type BookingBundle = z.infer<typeof BookingBundleSchema>;

/**
 * The bundle a booking request names, checked against the configuration: it exists and is offered,
 * the request books its lead matter, and the hall has a window of the lead matter. Its windows are
 * every live window of its matters in that hall, the lead matter's first, in configuration order.
 */
export function bundleOfBooking(
  config: { bundles: readonly Bundle[]; matters: readonly Matter[]; windows: readonly ServiceWindow[] },
  q: { bundleId: string; matterId: string; hallId: string },
): BookingBundle {
  const bundle = config.bundles.find((b) => b.id === q.bundleId && !b.retired);
  if (!bundle) throw new BundleError('bundle_not_found', `no bundle "${q.bundleId}" is offered`);
  if (q.matterId !== bundle.leadMatterId)
    throw new BundleError(
      'bundle_lead_matter_required',
      'a bundle is booked by its lead matter: the lead window holds the place',
      { leadMatterId: bundle.leadMatterId },
    );
  const inHall = (matterId: string) => {
    const m = config.matters.find((x) => x.id === matterId);
    return (m?.windowIds ?? []).filter((w) =>
      config.windows.some((x) => x.id === w && x.hallId === q.hallId && !x.retired),
    );
  };
  const lead = inHall(bundle.leadMatterId);
  if (lead.length === 0)
    throw new BundleError('bundle_not_in_hall', 'this hall has no window of the bundle’s lead matter', {
      hallId: q.hallId,
    });
  const others = bundle.matterIds.filter((m) => m !== bundle.leadMatterId).flatMap(inHall);
  return {
    id: bundle.id,
    matterIds: [...bundle.matterIds],
    leadMatterId: bundle.leadMatterId,
    windowIds: [...new Set([...lead, ...others])],
  };
}

/** The bundles offered to citizens at a hall: live, with a lead-matter window there. */
export function bundlesAtHall(
  config: { bundles: readonly Bundle[]; matters: readonly Matter[]; windows: readonly ServiceWindow[] },
  hallId: string,
): Bundle[] {
  return config.bundles.filter((b) => {
    if (b.retired) return false;
    try {
      bundleOfBooking(config, { bundleId: b.id, matterId: b.leadMatterId, hallId });
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The handling a bundle booking starts with: given at once to the window holding its place (the lead,
 * 主办) and to every other window of the bundle in the hall (协办), as a dispatch would; the lead signs
 * for it, and the desk's steps (contact, notice, reconfirmation) follow as for any dispatched request.
 */
export function bundleHandling(
  bundle: BookingBundle,
  q: { leadWindowId: string; at: string; by: string },
): BookingHandling {
  return {
    state: 'dispatched',
    leadWindowId: q.leadWindowId,
    cooperatingWindowIds: bundle.windowIds.filter((w) => w !== q.leadWindowId),
    dispatchedAt: q.at,
    dispatchedBy: q.by,
    contacts: [],
  };
}
