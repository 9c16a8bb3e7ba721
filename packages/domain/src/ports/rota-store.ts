import type { DomainEvent } from '../events/domain-event.js';
import type { LeaveApplication } from '../rota/leave-application.js';
import type { RotaDay } from '../rota/rota-schemas.js';
import type { TimeOffEntry } from '../rota/time-off.js';
import type { LocalDate } from '../shared/primitives.js';

/** One saved version of a hall-day's rota: who changed it, when, and which people moved. */
export interface RotaAuditEntry {
  hallId: string;
  date: LocalDate;
  version: number;
  at: string;
  actor: string;
  /** Staff whose assignments or absences changed in this version. */
  staffChanged: string[];
}

export interface SaveRotaDayInput {
  tenantId: string;
  /** The new rota, its `version` one above `expectedVersion` (1 for a new day). */
  rota: RotaDay;
  /** The version the writer read; undefined when the day had no rota. */
  expectedVersion: number | undefined;
  audit: RotaAuditEntry;
  /** The time-off ledger lines this hall-day earns now; they replace the ones it earned before. */
  accruals: TimeOffEntry[];
  /** Ledger lines the previous version earned that this one does not. */
  accrualsRemoved: TimeOffEntry[];
  events: DomainEvent[];
  /**
   * The windows whose places this save takes away somewhere in the day, each with the booking
   * sequence read before the hall-day's bookings were: the save lands only if no booking took a
   * place at those windows since (else `RotaPlacesChangedError`), and bookings read the rota
   * version that took places before they write (`rota_changed`).
   */
  placesGuards?: PlacesGuard[];
  /**
   * The leave request this save approves: written (and taken off the pending list) in the same
   * transaction, only if it is still at `expectedVersion` (else `LeaveApplicationChangedError`).
   */
  leaveApplication?: { next: LeaveApplication; expectedVersion: number };
  /**
   * The people whose balance this save spends (leave taken), each with the balance version read
   * before their ledger was: the save lands only if no other spending moved it since (else
   * `TimeOffBalanceChangedError`), and moves it on.
   */
  balanceGuards?: BalanceGuard[];
  /**
   * People whose balance this save lowers without having read it (a rota edit that takes back
   * earned minutes): their balance version moves on unconditionally, so a leave planned on the old
   * balance meanwhile fails its guard and is planned again. Never one of `balanceGuards`.
   */
  balanceBumps?: string[];
}

/** A person whose time-off balance a save spends, and the balance version read before the ledger. */
export interface BalanceGuard {
  staffId: string;
  /** 0: nothing was ever spent. */
  version: number;
}

/** A window of a hall-day whose places a rota save reduces, and the booking sequence read there. */
export interface PlacesGuard {
  windowId: string;
  /** Bookings that took places at the window that day, as counted when read (0: none yet). */
  seq: number;
}

/**
 * Port for duty rotas, one item per hall-day. A stale `expectedVersion` rejects with
 * `VersionConflictError`: two managers editing one day never lose each other's changes.
 */
export interface RotaStore {
  /** One GetItem: availability and booking read it on every request for a hall-day. */
  getRotaDay(tenantId: string, hallId: string, date: LocalDate): Promise<RotaDay | undefined>;
  /** One Query: every rota day of a hall in a month (`YYYY-MM`). */
  rotaMonth(tenantId: string, hallId: string, month: string): Promise<RotaDay[]>;
  saveRotaDay(input: SaveRotaDayInput): Promise<RotaDay>;
  /** Newest first. */
  rotaAudit(tenantId: string, hallId: string, date: LocalDate, limit: number): Promise<RotaAuditEntry[]>;
  /** A person's time-off ledger (one strongly consistent Query). */
  timeOffLedger(tenantId: string, staffId: string): Promise<TimeOffEntry[]>;
  /**
   * The version of a person's balance (one strongly consistent GetItem; 0 when nothing was ever
   * spent): read before the ledger by whoever spends it, and given back as a `BalanceGuard`.
   */
  timeOffBalanceVersion(tenantId: string, staffId: string): Promise<number>;
  /**
   * The booking sequence of each window of a hall-day that has one (one strongly consistent
   * Query): every booking that takes a place at a window moves it on.
   */
  placesGuards(tenantId: string, hallId: string, date: LocalDate): Promise<Map<string, number>>;
  /**
   * Writes time-off lines earned outside the rota (service records, visits). A line's key is its
   * person, date, source and reason, so writing the same lines again changes nothing.
   */
  addTimeOff(tenantId: string, entries: readonly TimeOffEntry[]): Promise<void>;
}
