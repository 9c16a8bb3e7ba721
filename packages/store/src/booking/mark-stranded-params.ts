import type { PutCommandInput } from '@aws-sdk/lib-dynamodb';
import type { MarkStrandedWrite } from '@openhall/domain';
import { changedBookingPut } from './booking-puts.js';

/**
 * The booking marked stranded, one conditional Put over the version read and only while booked:
 * its place counters and the person's ledger do not change (it still holds its place until the
 * section manager moves or cancels it).
 */
export function markStrandedParams(tableName: string, write: MarkStrandedWrite): PutCommandInput {
  const { before, after } = write;
  const put = changedBookingPut(tableName, before, {
    ...before,
    booking: after,
    version: before.version + 1,
  });
  if (!put.Put) throw new Error('changedBookingPut builds a Put');
  return put.Put as PutCommandInput;
}
