import { keyPart, type TableKey, tenantPk } from '../table/keys.js';

/** Key of one phone verification, by its random id (never by the phone). */
export function phoneVerificationKey(tenantId: string, id: string): TableKey {
  return { pk: `${tenantPk(tenantId)}#PHONEVERIFY#${keyPart(id, 'verification id')}`, sk: 'VERIFICATION' };
}

/** Key of a phone's log of recent codes, by the phone's keyed hash. */
export function smsSendLogKey(tenantId: string, personId: string): TableKey {
  return { pk: `${tenantPk(tenantId)}#SMSLOG#${keyPart(personId, 'person id')}`, sk: 'SMSLOG' };
}
