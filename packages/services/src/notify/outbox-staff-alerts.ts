import type { StaffAlert, StaffAlerts } from '@openhall/domain';

/** An alert as the development outbox keeps it. */
export interface StaffAlertEntry extends StaffAlert {
  tenantId: string;
  at: Date;
}

const TEXTS: Record<StaffAlert['templateKey'], (p: Readonly<Record<string, string>>) => string> = {
  'booking-late': (p) =>
    `预约 ${p.code}（${p.windowId} 窗口，${p.start}）已迟到 ${p.lateMinutes} 分钟未签到，请联系申请人。`,
  'overdue-list': (p) => `${p.date} 逾期事项 ${p.count} 件，请在各窗口屏幕查看。`,
};

/** The text an alert's template renders (the development outbox shows it). */
export function staffAlertText(alert: Pick<StaffAlert, 'templateKey' | 'params'>): string {
  return TEXTS[alert.templateKey](alert.params);
}

/**
 * The development and test `StaffAlerts`: sends nothing, keeps each alert once per idempotency key
 * (newest last, at most `capacity`), shown on `/dev/outbox` beside the citizens' messages.
 */
export class OutboxStaffAlerts implements StaffAlerts {
  readonly #entries: StaffAlertEntry[] = [];
  readonly #keys = new Set<string>();

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly capacity = 200,
  ) {}

  async tellSectionManagers(tenantId: string, alert: StaffAlert): Promise<void> {
    if (this.#keys.has(alert.idempotencyKey)) return;
    this.#keys.add(alert.idempotencyKey);
    this.#entries.push({ ...alert, tenantId, at: this.now() });
    if (this.#entries.length > this.capacity) this.#entries.shift();
  }

  entries(): readonly StaffAlertEntry[] {
    return this.#entries;
  }
}
