import { randomUUID } from 'node:crypto';
import {
  type BalanceGuard,
  BookingsStrandedError,
  bookingsMatchCounters,
  calendarDayOf,
  configuredPlaces,
  type DomainEvent,
  fieldErrorsOf,
  InvalidConfigError,
  type LeaveApplication,
  LocalDateSchema,
  type NationalCalendarContext,
  type RotaDay,
  type RotaDayInput,
  RotaDayInputSchema,
  RotaPlacesChangedError,
  RotaStaleError,
  rosteredPlaces,
  rotaAccruals,
  type StrandedBooking,
  staffingRulesOf,
  strandedByRota,
  type TenantConfig,
  type TimeOffEntry,
  toShanghaiIso,
  VersionConflictError,
  windowsLosingPlaces,
} from '@openhall/domain';
import { sleep } from '../booking/retry-backoff.js';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { markStranded } from '../config/mark-stranded.js';
import { hallOf, type RotaDayView, rotaDayView } from './rota-day-view.js';
import type { RotaDeps } from './rota-deps.js';

export interface SaveRotaDayRequest {
  tenantId: string;
  hallId: string;
  date: string;
  /** The rota as written, not yet validated. */
  body: unknown;
  /** The version edited (If-Match); undefined for a day with no rota yet. */
  expectedVersion: number | undefined;
  /** The manager accepts stranding bookings: saved, and those bookings are marked to be moved. */
  confirmStranded?: boolean;
  actor: string;
  /** Ledger lines the save records besides the day's accruals (leave taken), in the same write. */
  extraLedger?: TimeOffEntry[];
  /** The leave request this save approves, written in the same transaction (with `extraEvents`). */
  leaveApplication?: { next: LeaveApplication; expectedVersion: number };
  extraEvents?: DomainEvent[];
  /** The people whose balance `extraLedger` spends, with the balance version read before their ledger. */
  balanceGuards?: BalanceGuard[];
}

/**
 * Saves a hall-day's rota from the version the writer read. The staffing rules are checked and
 * every violation answered (a plan in progress may break them; the month grid shows them); a change
 * that leaves booked people without anyone to serve them is refused with the list of those bookings
 * (`bookings_stranded`) unless the manager confirms, who then moves them. A stale version is
 * `version_conflict` with the versions saved in between. The day's time off in lieu is re-earned
 * in the same write.
 */
export async function saveRotaDay(
  deps: RotaDeps,
  request: SaveRotaDayRequest,
): Promise<RotaDayView & { stranded: StrandedBooking[] }> {
  const { tenantId, hallId } = request;
  const now = deps.now();
  const date = LocalDateSchema.parse(request.date);
  const parsed = RotaDayInputSchema.safeParse(request.body);
  if (!parsed.success) {
    throw new InvalidConfigError('The rota is not valid.', fieldErrorsOf(parsed.error));
  }
  const input = parsed.data;
  const config = await tenantConfigOf(deps, tenantId);
  hallOf(config, hallId);
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveOnce(deps, request, { input, config, date, now });
    } catch (error) {
      // A booking took a place at a window this save reduces after it read the bookings: decide
      // again on the bookings as they are now (the manager's edit itself was not overtaken).
      if (!(error instanceof RotaPlacesChangedError) || attempt >= SAVE_ATTEMPTS) throw error;
      await (deps.sleep ?? sleep)(20 * attempt);
    }
  }
}

/** Attempts of a save that bookings keep overtaking before it answers `rota_busy` (503). */
const SAVE_ATTEMPTS = 8;
/** Reads of the hall-day's bookings until the index shows what the counters hold. */
const LEDGER_READS = 5;

async function saveOnce(
  deps: RotaDeps,
  request: SaveRotaDayRequest,
  ctx: {
    input: RotaDayInput;
    config: TenantConfig & NationalCalendarContext;
    date: string;
    now: Date;
  },
): Promise<RotaDayView & { stranded: StrandedBooking[] }> {
  const { tenantId, hallId } = request;
  const { input, config, date, now } = ctx;
  const current = await deps.rotaStore.getRotaDay(tenantId, hallId, date);
  if (current?.version !== request.expectedVersion) {
    throw await staleError(deps, request, current?.version);
  }
  const hallWindows = config.windows.filter((w) => w.hallId === hallId);
  const before = current ? rosteredPlaces(current) : configuredPlaces(hallWindows);
  const after = rosteredPlaces(input);
  // The windows that lose places: their booking sequences are read before the bookings, and the
  // save lands only if no booking moved them since (a booking racing the save is then counted).
  const losing = windowsLosingPlaces(
    hallWindows.map((w) => w.id),
    before,
    after,
  );
  const seqs = losing.length > 0 ? await deps.rotaStore.placesGuards(tenantId, hallId, date) : new Map();
  const bookings = await hallDayBookings(deps, { tenantId, hallId, date, windowIds: losing });
  const stranded = strandedByRota({ bookings, before, after, now });
  if (stranded.length > 0 && !request.confirmStranded) {
    // The refusal lists every booking it strands: one that landed since the read is counted too.
    const again = await deps.rotaStore.placesGuards(tenantId, hallId, date);
    const moved = losing.filter((w) => (again.get(w) ?? 0) !== (seqs.get(w) ?? 0));
    if (moved.length > 0) throw new RotaPlacesChangedError(moved);
    throw new BookingsStrandedError(stranded);
  }
  const at = toShanghaiIso(now);
  const version = (current?.version ?? 0) + 1;
  const rota: RotaDay = { ...input, hallId, date, version, updatedAt: at, updatedBy: request.actor };
  const day = calendarDayOf(config, hallId, date);
  const rules = staffingRulesOf(config);
  const accrue = (r: typeof input | undefined): TimeOffEntry[] =>
    r ? rotaAccruals({ day, hallId, rota: r, staff: config.staff, rules }) : [];
  const accruals = accrue(input);
  const kept = new Set(accruals.map(ledgerKey));
  const accrualsRemoved = accrue(current).filter((e) => !kept.has(ledgerKey(e)));
  // Minutes of leave taken back: those people's balances move on, so a leave planned on them meanwhile
  // is planned again (the people this save spends from are guarded by the version they read).
  const guarded = new Set((request.balanceGuards ?? []).map((g) => g.staffId));
  const balanceBumps = [
    ...new Set(
      accrualsRemoved.filter((e) => e.compensation === 'leave' && e.minutes > 0).map((e) => e.staffId),
    ),
  ].filter((staffId) => !guarded.has(staffId));
  try {
    await deps.rotaStore.saveRotaDay({
      tenantId,
      rota,
      expectedVersion: current?.version,
      audit: {
        hallId,
        date,
        version,
        at,
        actor: request.actor,
        staffChanged: staffChanged(current, input),
      },
      accruals: [...accruals, ...(request.extraLedger ?? [])],
      accrualsRemoved,
      events: [rotaChangedEvent(tenantId, rota, stranded.length), ...(request.extraEvents ?? [])],
      placesGuards: losing.map((windowId) => ({ windowId, seq: seqs.get(windowId) ?? 0 })),
      ...(request.leaveApplication ? { leaveApplication: request.leaveApplication } : {}),
      ...(request.balanceGuards ? { balanceGuards: request.balanceGuards } : {}),
      ...(balanceBumps.length > 0 ? { balanceBumps } : {}),
    });
  } catch (error) {
    if (error instanceof VersionConflictError) throw await staleError(deps, request, error.actual);
    throw error;
  }
  if (stranded.length > 0) {
    await markStranded(deps, { tenantId, stranded, actor: request.actor, configVersion: 0, now });
  }
  return { ...rotaDayView(config, hallId, date, rota), stranded };
}

/**
 * The hall-day's bookings from the 预约台账 index, read again (briefly) until they account for what
 * the place counters of the losing windows hold: an index read may lag a booking that just landed.
 */
async function hallDayBookings(
  deps: RotaDeps,
  q: { tenantId: string; hallId: string; date: string; windowIds: string[] },
) {
  for (let read = 1; ; read++) {
    const [listed, taken] = await Promise.all([
      deps.bookingStore.bookingsOfHallDay(q.tenantId, q.hallId, q.date),
      q.windowIds.length > 0
        ? deps.bookingStore.placesTaken(q.tenantId, {
            hallId: q.hallId,
            date: q.date,
            windowIds: q.windowIds,
          })
        : new Map(),
    ]);
    const bookings = listed.map((s) => s.booking);
    if (bookingsMatchCounters(bookings, taken, q.windowIds)) return bookings;
    if (read >= LEDGER_READS) throw new RotaPlacesChangedError(q.windowIds);
    await (deps.sleep ?? sleep)(50 * read);
  }
}

function ledgerKey(e: TimeOffEntry): string {
  return `${e.staffId}#${e.date}#${e.source}#${e.reason}`;
}

async function staleError(
  deps: Pick<RotaDeps, 'rotaStore'>,
  request: SaveRotaDayRequest,
  currentVersion: number | undefined,
): Promise<RotaStaleError> {
  const audit = await deps.rotaStore.rotaAudit(request.tenantId, request.hallId, request.date, 20);
  const since = audit.filter((e) => e.version > (request.expectedVersion ?? 0));
  return new RotaStaleError(request.expectedVersion, currentVersion, since);
}

/** Staff whose lines differ between two versions of a day. */
function staffChanged(
  before: { assignments: unknown[]; absences: unknown[] } | undefined,
  after: { assignments: { staffId: string }[]; absences: { staffId: string }[] },
): string[] {
  const lines = (r: typeof before) =>
    new Set(
      [...(r?.assignments ?? []), ...(r?.absences ?? [])].map((x) =>
        JSON.stringify(x, Object.keys(x as object).sort()),
      ),
    );
  const was = lines(before);
  const now = lines(after);
  const changed = new Set<string>();
  for (const l of [...was].filter((l) => !now.has(l)))
    changed.add((JSON.parse(l) as { staffId: string }).staffId);
  for (const l of [...now].filter((l) => !was.has(l)))
    changed.add((JSON.parse(l) as { staffId: string }).staffId);
  return [...changed].sort();
}

function rotaChangedEvent(tenantId: string, rota: RotaDay, strandedCount: number): DomainEvent {
  return {
    eventId: randomUUID(),
    type: 'rota.changed',
    version: 1,
    tenantId,
    occurredAt: rota.updatedAt,
    actor: rota.updatedBy,
    subject: { kind: 'rota-day', id: `${rota.hallId}/${rota.date}` },
    data: { hallId: rota.hallId, date: rota.date, version: rota.version, strandedCount },
  };
}
