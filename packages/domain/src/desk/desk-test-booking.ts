// Shared by this folder's tests only (not exported from the package).
import type { Booking } from '../booking/booking-schemas.js';
import { newHandling } from './booking-handling.js';
import type { StaffActor } from './staff-actor.js';

export const windows = [
  { id: 'market-access-1', departmentId: 'approval', hallId: 'hall' },
  { id: 'construction-1', departmentId: 'approval', hallId: 'hall' },
  { id: 'tax-1', departmentId: 'tax', hallId: 'hall' },
  { id: 'old-1', departmentId: 'tax', hallId: 'hall', retired: true },
] as never;

export const manager: StaffActor = { id: 'mgr', roles: ['section-manager'], windowIds: [] };
export const leadHandler: StaffActor = { id: 'ma-a', roles: ['window'], windowIds: ['market-access-1'] };
export const taxHandler: StaffActor = { id: 'tax-a', roles: ['window'], windowIds: ['tax-1'] };
export const stranger: StaffActor = { id: 'b11-a', roles: ['window'], windowIds: ['construction-1'] };

/** A phone request recorded at 10:00 on 29 September 2026 for the given start. */
export function deskBooking(start = '2026-10-02T09:00:00+08:00', overrides: Partial<Booking> = {}): Booking {
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
  return {
    code: 'K7QXM4RTD',
    tenantId: 'zibo',
    matterId: 'enterprise-establishment',
    hallId: 'hall',
    windowIds: ['market-access-1'],
    windowId: 'market-access-1',
    start,
    end,
    status: 'booked',
    channel: 'phone',
    createdAt: '2026-09-29T10:00:00+08:00',
    updatedAt: '2026-09-29T10:00:00+08:00',
    history: [{ at: '2026-09-29T10:00:00+08:00', action: 'created', actor: 'desk', channel: 'phone' }],
    applicant: { name: '周海宁', phone: '13912345678', agent: false },
    registration: { recordedAt: '2026-09-29T10:00:00+08:00', recordedBy: 'desk' },
    handling: newHandling(),
    ...overrides,
  };
}
