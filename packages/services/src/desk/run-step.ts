import { randomUUID } from 'node:crypto';
import {
  BookingNotFoundError,
  deskEvent,
  type HandlingStep,
  type StaffActor,
  type StoredBooking,
  type TenantConfig,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { waitAfterConflict, withWriteAttempts } from '../booking/write-retry.js';
import type { DeskDeps, StaffCaller } from './desk-deps.js';

/** The member as the flow needs them: roles from the token, windows from the staff directory. */
export function staffActorOf(config: TenantConfig, caller: StaffCaller): StaffActor {
  const member = config.staff.find((s) => s.id === caller.id);
  return { id: caller.id, roles: caller.roles, windowIds: member && !member.retired ? member.windowIds : [] };
}

/** A booking of the tenant by code; another tenant's code is not found. */
export async function storedBookingOf(deps: Pick<DeskDeps, 'bookingStore'>, tenantId: string, code: string) {
  const stored = await deps.bookingStore.getBooking(tenantId, code);
  if (!stored) throw new BookingNotFoundError();
  return stored;
}

/**
 * Runs one step of the desk's flow: reads the configuration and the booking, asks the domain for
 * the booking after the step, and writes it with its event over the version read. A write that
 * lost a race reads the booking again and runs the step again, so the loser of two dispatches meets
 * the winner's dispatch and is refused with its code; nothing is written twice.
 */
export async function runStep(
  deps: DeskDeps,
  q: { tenantId: string; code: string; caller: StaffCaller },
  step: (stored: StoredBooking, config: TenantConfig, staff: StaffActor, now: Date) => HandlingStep,
): Promise<StoredBooking> {
  const now = deps.now();
  const [config, first] = await Promise.all([
    tenantConfigOf(deps, q.tenantId),
    storedBookingOf(deps, q.tenantId, q.code),
  ]);
  const staff = staffActorOf(config, q.caller);
  let stored = first;
  return withWriteAttempts(async (attempt) => {
    const { after, event } = step(stored, config, staff, now);
    const outcome = await deps.deskStore.saveHandling({
      before: stored,
      after,
      events: [
        deskEvent({
          eventId: (deps.eventId ?? randomUUID)(),
          type: event.type,
          booking: after,
          actor: staff.id,
          now,
          data: event.data,
        }),
      ],
    });
    if (outcome === 'saved') return { ...stored, booking: after, version: stored.version + 1 };
    if (outcome === 'conflict') await waitAfterConflict(deps, attempt);
    stored = await storedBookingOf(deps, q.tenantId, q.code);
    return undefined;
  });
}
