import type { DomainEvent } from '../events/domain-event.js';
import type { LeaveApplication } from '../rota/leave-application.js';

/**
 * Port for 调休申请 (leave requests). Approval is written by `RotaStore.saveRotaDay` (with the rota
 * day and the ledger line); a request, a refusal and a withdrawal here, each with its event.
 */
export interface LeaveApplicationStore {
  /** A new request (state `requested`) on the member's list and the tenant's pending list. */
  create(tenantId: string, application: LeaveApplication, event: DomainEvent): Promise<void>;
  /** One GetItem, strongly consistent. */
  get(tenantId: string, staffId: string, id: string): Promise<LeaveApplication | undefined>;
  /** The member's requests, newest first, at most `limit` (one Query). */
  ofStaff(tenantId: string, staffId: string, limit: number): Promise<LeaveApplication[]>;
  /** The tenant's pending requests, by leave date (one Query of the pending list). */
  pending(tenantId: string): Promise<LeaveApplication[]>;
  /**
   * Writes a refusal or withdrawal only if the request is still at `expectedVersion` (else
   * `LeaveApplicationChangedError`), off the pending list, with its event.
   */
  close(tenantId: string, next: LeaveApplication, expectedVersion: number, event: DomainEvent): Promise<void>;
}
