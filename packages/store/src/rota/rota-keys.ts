import { keyPart, type TableKey, tenantPk } from '../table/keys.js';

/** `TENANT#{t}#ROTA#{hallId}`: every rota day of one hall, and their audit trail. */
export function rotaPk(tenantId: string, hallId: string): string {
  return `${tenantPk(tenantId)}#ROTA#${keyPart(hallId, 'hall id')}`;
}

/** Key of one hall-day's rota: `DAY#{date}` sorts a month into one contiguous range. */
export function rotaDayKey(tenantId: string, hallId: string, date: string): TableKey {
  return { pk: rotaPk(tenantId, hallId), sk: `DAY#${keyPart(date, 'date')}` };
}

/** Key of one saved version of a hall-day's rota: `AUDIT#{date}#V#{version, 10 digits}`. */
export function rotaAuditKey(tenantId: string, hallId: string, date: string, version: number): TableKey {
  return {
    pk: rotaPk(tenantId, hallId),
    sk: `AUDIT#${keyPart(date, 'date')}#V#${String(version).padStart(10, '0')}`,
  };
}

/** `TENANT#{t}#TIMEOFF#{staffId}`: one person's time-off ledger. */
export function timeOffPk(tenantId: string, staffId: string): string {
  return `${tenantPk(tenantId)}#TIMEOFF#${keyPart(staffId, 'staff id')}`;
}

/**
 * The version of one person's balance, moved on by every save that spends it: `TENANT#{t}#TIMEOFF#
 * {staffId}#BALANCE`, a partition of its own so the ledger's Query never reads it.
 */
export function timeOffBalanceKey(tenantId: string, staffId: string): TableKey {
  return { pk: `${timeOffPk(tenantId, staffId)}#BALANCE`, sk: 'VERSION' };
}

/** Key of one ledger line: `{date}#{source}#{reason}`, so a re-saved day replaces its own line. */
export function timeOffKey(
  tenantId: string,
  e: { staffId: string; date: string; source: string; reason: string },
): TableKey {
  return { pk: timeOffPk(tenantId, e.staffId), sk: `${e.date}#${e.source.replaceAll('#', ':')}#${e.reason}` };
}
