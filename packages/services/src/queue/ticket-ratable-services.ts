import {
  addDays,
  type ConfigStore,
  normaliseBookingCode,
  type QueueStore,
  type RatableService,
  type RatableServices,
  type StoredTicket,
  shanghaiDateOf,
  type TenantConfig,
} from '@openhall/domain';

/** The rating id of a ticket's service record: one rating per ticket (一次一评). */
export function ticketServiceRecordId(code: string): string {
  return `ticket-${code}`;
}

function ratableOfTicket(config: TenantConfig, stored: StoredTicket): RatableService | undefined {
  const { ticket } = stored;
  const record = ticket.record;
  if (record.completedAt === undefined || record.outcome === undefined) return undefined;
  const window = config.windows.find((w) => w.id === record.windowId);
  if (!window) return undefined;
  return {
    serviceRecordId: ticketServiceRecordId(ticket.code),
    departmentId: window.departmentId,
    windowId: window.id,
    completedAt: record.completedAt,
    handlerIds: [record.handler1, record.handler2].filter((h): h is string => h !== undefined),
  };
}

/**
 * The hall's service records (办件) as services an applicant rates: a completed ticket, walk-in or
 * booking, found by the code the applicant holds (their ticket or booking code). The department that
 * handled it is its window's, so a 差评's follow-up goes to them (谁办理、谁负责).
 */
export class TicketRatableServices implements RatableServices {
  constructor(private readonly deps: { queueStore: QueueStore; configStore: ConfigStore }) {}

  async findServiceForRating(tenantId: string, ref: string): Promise<RatableService | undefined> {
    const code = normaliseBookingCode(ref.startsWith('ticket-') ? ref.slice('ticket-'.length) : ref);
    if (code === undefined) return undefined;
    const [stored, config] = await Promise.all([
      this.deps.queueStore.getTicket(tenantId, code),
      this.deps.configStore.getConfig(tenantId),
    ]);
    return stored && config ? ratableOfTicket(config.config, stored) : undefined;
  }

  /** One Query per hall and day of the range (the nightly job asks for a few days). */
  async completedBetween(tenantId: string, from: string, to: string): Promise<RatableService[]> {
    const config = (await this.deps.configStore.getConfig(tenantId))?.config;
    if (!config) return [];
    const found: RatableService[] = [];
    const last = shanghaiDateOf(new Date(to));
    for (let date = shanghaiDateOf(new Date(from)); date <= last; date = addDays(date, 1)) {
      for (const hall of config.halls) {
        for (const stored of await this.deps.queueStore.queueOf(tenantId, hall.id, date)) {
          const service = ratableOfTicket(config, stored);
          if (service && service.completedAt >= from && service.completedAt < to) found.push(service);
        }
      }
    }
    return found;
  }
}
