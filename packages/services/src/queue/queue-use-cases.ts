import type { StoredTicket, Ticket } from '@openhall/domain';
import { callNext } from './call-next.js';
import { changeTicket, confirmService, type TicketCommand } from './change-ticket.js';
import { checkIn, issueTicket } from './issue-ticket.js';
import type { QueueDeps, StaffActor } from './queue-deps.js';
import { boardOf, lateBookings, publicTicket, staffTicket, windowQueue } from './queue-views.js';

/** The queue's use cases over their ports, shared by the JSON API and the pages. */
export class QueueUseCases {
  constructor(private readonly deps: QueueDeps) {}

  issue(tenantId: string, input: Parameters<typeof issueTicket>[2], actor: string): Promise<StoredTicket> {
    return issueTicket(this.deps, tenantId, input, actor);
  }
  checkIn(tenantId: string, input: Parameters<typeof checkIn>[2], actor: string): Promise<StoredTicket> {
    return checkIn(this.deps, tenantId, input, actor);
  }
  callNext(tenantId: string, windowId: string, actor: StaffActor): Promise<StoredTicket> {
    return callNext(this.deps, tenantId, windowId, actor);
  }
  change(tenantId: string, code: string, command: TicketCommand, actor: StaffActor): Promise<StoredTicket> {
    return changeTicket(this.deps, tenantId, code, command, actor);
  }
  confirm(tenantId: string, code: string): Promise<StoredTicket> {
    return confirmService(this.deps, tenantId, code);
  }
  windowQueue(tenantId: string, windowId: string, actor: StaffActor) {
    return windowQueue(this.deps, tenantId, windowId, actor);
  }
  lateBookings(tenantId: string, windowId: string, actor: StaffActor) {
    return lateBookings(this.deps, tenantId, windowId, actor);
  }
  board(tenantId: string, hallId: string) {
    return boardOf(this.deps, tenantId, hallId);
  }
  publicTicket(tenantId: string, code: string) {
    return publicTicket(this.deps, tenantId, code);
  }
  staffTicket(tenantId: string, code: string): Promise<Ticket> {
    return staffTicket(this.deps, tenantId, code);
  }
}
