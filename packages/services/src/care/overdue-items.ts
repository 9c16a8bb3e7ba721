import {
  type CaseFile,
  type Complaint,
  type FollowUp,
  type OverdueItem,
  overdueOf,
  toShanghaiIso,
  type Visit,
} from '@openhall/domain';
import type { CareDeps } from './care-deps.js';
import { CASE_LISTS } from './case-use-cases.js';
import { COMPLAINT_LISTS } from './complaint-use-cases.js';
import { FOLLOW_UP_LISTS } from './rating-use-cases.js';
import { VISIT_LISTS } from './visit-use-cases.js';

/**
 * The morning overdue list (超期督办): requests not answered by their working day's end, follow-ups
 * past their call-back or fix deadline, complaints past due, and special cases past their due
 * time. Each list is read only up to `now`, so the read stays as small as what is overdue; a
 * screen that shows a few passes `limit`, the most items read from each list (soonest due first).
 */
export async function overdueItems(
  deps: Pick<CareDeps, 'careStore'>,
  tenantId: string,
  now: Date,
  options: { limit?: number } = {},
): Promise<OverdueItem[]> {
  const read = {
    before: toShanghaiIso(now),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  };
  const store = deps.careStore;
  const [visits, followUps, complaints, cases] = await Promise.all([
    store.list<Visit>(tenantId, VISIT_LISTS.requested, read),
    store.list<FollowUp>(tenantId, FOLLOW_UP_LISTS.open, read),
    store.list<Complaint>(tenantId, COMPLAINT_LISTS.open, read),
    store.list<CaseFile>(tenantId, CASE_LISTS.open, read),
  ]);
  const items: OverdueItem[] = [
    ...visits.map(({ record: v }) => ({
      kind: 'visit' as const,
      id: v.id,
      due: 'answer',
      dueAt: v.answerDueAt,
      ...(v.departmentId ? { departmentId: v.departmentId } : {}),
    })),
    ...followUps.map(({ record: f }) => ({
      kind: 'follow-up' as const,
      id: f.id,
      due: f.status === 'open' ? 'callback' : 'fix',
      dueAt: f.status === 'open' ? f.callbackDueAt : f.fixDueAt,
      departmentId: f.departmentId,
    })),
    ...complaints.map(({ record: c }) => ({
      kind: 'complaint' as const,
      id: c.id,
      due: 'answer',
      dueAt: c.dueAt,
      ...(c.departmentId ? { departmentId: c.departmentId } : {}),
      ...(c.ownerStaffId ? { ownerStaffId: c.ownerStaffId } : {}),
    })),
    ...cases.map(({ record: c }) => ({
      kind: 'case' as const,
      id: c.id,
      due: 'done',
      dueAt: c.dueAt,
      departmentId: c.departmentId,
      ownerStaffId: c.ownerStaffId,
    })),
  ];
  return overdueOf(items, now);
}
