import type { CareKind } from '@openhall/domain';
import { keyPart, type TableKey, tenantPk } from '../table/keys.js';

/** Sort key of a care record: the record is alone in its partition. */
export const CARE_RECORD_SK = 'REC';

/**
 * Key of one care record: `TENANT#{t}#CARE#{kind}#{id}` / `REC`, one partition per record so no
 * tenant's busy day makes a hot partition, and a code look-up is one GetItem.
 * @example careKey('boai', 'complaint', 'K7QXM4RTD') // { pk: 'TENANT#boai#CARE#complaint#K7QXM4RTD', sk: 'REC' }
 */
export function careKey(tenantId: string, kind: CareKind, id: string): TableKey {
  return { pk: `${tenantPk(tenantId)}#CARE#${kind}#${keyPart(id, 'care record id')}`, sk: CARE_RECORD_SK };
}

/**
 * `gsi1` keys of a record on a list: `TENANT#{t}#CARELIST#{name}` / `{sortKey}#{id}`. A record is on
 * a list only while it matters there (open, waiting), so a list holds what is pending, not history.
 */
export function careListKeys(
  tenantId: string,
  list: { name: string; sortKey: string },
  id: string,
): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: careListPk(tenantId, list.name), gsi1sk: `${list.sortKey}#${id}` };
}

export function careListPk(tenantId: string, name: string): string {
  return `${tenantPk(tenantId)}#CARELIST#${keyPart(name, 'list name')}`;
}
