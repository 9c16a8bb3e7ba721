import type { CreateBookingRequest } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { inMemoryBooking } from '../testing/in-memory-booking.js';
import { withPhoneVerification } from '../testing/with-phone-verification.js';

// The use cases end to end over the in-memory ports: what the facade passes on.
const tenantId = 'zaozhuang-gxq';
const config = withPhoneVerification(structuredClone(seedConfig(tenantId)), 'off');
config.windows.find((w) => w.id === 'b02')!.staffCount = 5; // online 4 of 5 (20 % held back)
const phone = '13812345678';
const request: CreateBookingRequest = {
  matterId: 'company-registration',
  hallId: 'zaozhuang-gxq-hall',
  start: '2026-03-03T09:30:00+08:00',
  applicant: { name: '王小明', phone, agent: false },
};
const now = new Date('2026-03-02T10:00:00+08:00');

function setUp() {
  return inMemoryBooking({ configs: [config], now: () => now });
}

/** Books `request` at `start` for the i-th person. */
async function book(service: ReturnType<typeof setUp>['service'], i: number, start = request.start) {
  const applicant = { ...request.applicant, phone: `1391234${String(i).padStart(4, '0')}` };
  const options = { idempotencyKey: `key-0000000${i}`, channel: 'online' as const, clientId: `client-${i}` };
  return (await service.create(tenantId, { ...request, start, applicant }, options)).booking;
}

describe('BookingUseCases over the in-memory ports', () => {
  it('records the citizen in the history unless another actor is given', async () => {
    const { service } = setUp();
    const options = { idempotencyKey: 'key-00000001', channel: 'desk' as const, clientId: 'c' };
    const { booking } = await service.create(tenantId, request, { ...options, actor: 'staff-7' });
    expect(booking.history).toEqual([
      expect.objectContaining({ action: 'created', actor: 'staff-7', channel: 'desk' }),
    ]);

    const moved = await service.reschedule(
      tenantId,
      booking.code,
      { phone, start: '2026-03-03T10:00:00+08:00' },
      { channel: 'online' },
    );
    const cancelled = await service.cancel(tenantId, booking.code, { phone }, { actor: 'staff-9' });
    expect(moved.history.at(-1)).toMatchObject({ action: 'rescheduled', actor: 'citizen' });
    expect(cancelled.history.at(-1)).toMatchObject({ action: 'cancelled', actor: 'staff-9' });
  });

  it('checks a move for the channel its caller names: the desk may fill what online may not', async () => {
    const { service, bookingStore } = setUp();
    for (let i = 1; i <= 4; i++) await book(service, i, '2026-03-03T10:00:00+08:00');
    const mine = await book(service, 9);
    const to = { phone: mine.applicant.phone, start: '2026-03-03T10:00:00+08:00' };

    await expect(service.reschedule(tenantId, mine.code, to, { channel: 'online' })).rejects.toMatchObject({
      code: 'slot_full',
    });
    const moved = await service.reschedule(tenantId, mine.code, to, { channel: 'desk', actor: 'staff-7' });

    expect(moved.start).toBe('2026-03-03T10:00:00+08:00');
    expect(bookingStore.bookings().filter((b) => b.start === to.start)).toHaveLength(5);
  });

  it('answers a booking with the notice it was given, after the configuration changed', async () => {
    const { service, configStore } = setUp();
    const booked = await book(service, 1);
    const edited = structuredClone(config);
    const added = { zh: '事后新增的材料', en: 'Added later' };
    edited.matters.find((m) => m.id === request.matterId)!.materials = [added];
    await configStore.saveConfig({
      tenantId,
      config: edited,
      expectedVersion: 1,
      actor: 'a',
      action: 'PUT',
      at: 'x',
    });

    const found = await service.find(tenantId, booked.code, booked.applicant.phone);

    expect(found.notice.matter.materials).toEqual(booked.notice.matter.materials);
    expect(found.notice.matter.materials).not.toContainEqual(added);
  });

  it('counts the places taken in the availability it answers', async () => {
    const { service } = setUp();
    await book(service, 1);
    const availability = await service.availability(
      tenantId,
      { matterId: request.matterId, hallId: request.hallId, date: '2026-03-03' },
      'online',
    );
    expect(availability.slots.find((s) => s.start === request.start)).toMatchObject({
      capacity: 4,
      remaining: 3,
    });
  });
});
