/**
 * The event types the accountability services write to the outbox (data: ids and facts only). Until
 * the shared catalogue holds them, this is their list.
 */
export const CARE_EVENT_TYPES = [
  'visit.requested',
  'visit.accepted',
  'visit.refused',
  'visit.completed',
  'rating.given',
  'rating.defaulted',
  'rating.appealed',
  'rating.appeal-decided',
  'follow-up.opened',
  'follow-up.called-back',
  'follow-up.fixed',
  'follow-up.closed',
  'complaint.opened',
  'complaint.assigned',
  'complaint.answered',
  'complaint.closed',
  'complaint.reopened',
  'case.opened',
  'case.progressed',
  'case.reassigned',
  'case.done',
  'mailing.requested',
  'mailing.advanced',
] as const;
export type CareEventType = (typeof CARE_EVENT_TYPES)[number];
