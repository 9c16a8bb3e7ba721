/** An alert for a tenant's section managers (科室负责人): a template key, its ids and facts. */
export interface StaffAlert {
  templateKey: 'booking-late' | 'overdue-list';
  params: Readonly<Record<string, string>>;
  /** The same key twice alerts once. */
  idempotencyKey: string;
}

/**
 * Port that tells a tenant's section managers something (by SMS in a deployment: the provider
 * adapter reads their numbers from the staff directory; locally the development outbox).
 */
export interface StaffAlerts {
  tellSectionManagers(tenantId: string, alert: StaffAlert): Promise<void>;
}
