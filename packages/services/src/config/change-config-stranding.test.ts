import { type BookingStore, BookingsStrandedError, type CreateBookingRequest } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { inMemoryBooking } from '../testing/in-memory-booking.js';
import { withPhoneVerification } from '../testing/with-phone-verification.js';
import { changeConfig } from './change-config.js';
import { patchItem, removeItem, setCalendarOverride } from './config-changes.js';

// The change use case over the in-memory ports, with bookings made by the real booking use case.
const tenantId = 'zaozhuang-gxq';
// Booked online without the SMS step: this test is about the configuration change.
const config = withPhoneVerification(structuredClone(seedConfig(tenantId)), 'off');
const now = new Date('2026-03-02T10:00:00+08:00');
const request: CreateBookingRequest = {
  matterId: 'company-registration',
  hallId: 'zaozhuang-gxq-hall',
  start: '2026-03-03T09:30:00+08:00',
  applicant: { name: '王小明', phone: '13812345678', agent: false },
};
const closeTuesday = setCalendarOverride('2026-03-03', {
  hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
  reason: '设备检修',
});

/** One booking on Tuesday 3 March 09:30 at B02, and a booking store that counts its hall-day reads. */
async function setUp() {
  const { service, configStore, bookingStore } = inMemoryBooking({ configs: [config], now: () => now });
  const options = { idempotencyKey: 'key-00000001', channel: 'online' as const, clientId: 'c' };
  const { booking } = await service.create(tenantId, request, options);
  const reads: string[] = [];
  const counted: BookingStore = Object.create(bookingStore);
  counted.bookingsOfHallDay = (t, hallId, date) => {
    reads.push(`${hallId}#${date}`);
    return bookingStore.bookingsOfHallDay(t, hallId, date);
  };
  const change = (c: Parameters<typeof changeConfig>[1]['change'], confirmStranded = false) =>
    changeConfig(
      { configStore, bookingStore: counted },
      { tenantId, actor: 'district-admin-1', change: c, confirmStranded, now },
    );
  return { booking, service, configStore, bookingStore, reads, change };
}

describe('changeConfig and the bookings a change strands', () => {
  it('refuses a change that strands an active booking, saving nothing, and reads only the hall-day it touches', async () => {
    const { booking, configStore, bookingStore, reads, change } = await setUp();

    const refused = await change(closeTuesday).catch((e: unknown) => e);

    expect(refused).toBeInstanceOf(BookingsStrandedError);
    expect((refused as BookingsStrandedError).stranded).toEqual([
      {
        code: booking.code,
        start: booking.start,
        matterId: 'company-registration',
        hallId: 'zaozhuang-gxq-hall',
        windowId: 'b02',
        reason: 'day_closed',
      },
    ]);
    expect((await configStore.getConfig(tenantId))?.version).toBe(1);
    expect((await bookingStore.getBooking(tenantId, booking.code))?.booking.stranded).toBeUndefined();
    expect(reads).toEqual(['zaozhuang-gxq-hall#2026-03-03']);
  });

  it('confirmed, saves the change and marks the booking with who, when, why and the version', async () => {
    const { booking, bookingStore, change } = await setUp();

    const saved = await change(closeTuesday, true);

    expect(saved.version).toBe(2);
    expect(saved.stranded.map((s) => s.code)).toEqual([booking.code]);
    const stored = (await bookingStore.getBooking(tenantId, booking.code))!.booking;
    expect(stored.status).toBe('booked');
    expect(stored.stranded).toEqual({
      reason: 'day_closed',
      at: '2026-03-02T10:00:00+08:00',
      by: 'district-admin-1',
      configVersion: 2,
    });
    expect(stored.history.at(-1)).toEqual({
      at: '2026-03-02T10:00:00+08:00',
      action: 'stranded',
      actor: 'district-admin-1',
      reason: 'day_closed',
    });
  });

  it('a change that moves no place reads no booking', async () => {
    const { reads, change } = await setUp();
    await change(patchItem('halls', 'zaozhuang-gxq-hall', { phone: '0632-8355966' }));
    expect(reads).toEqual([]);
  });

  it('retires a matter an active booking needs, and deletes one no active booking needs', async () => {
    const { configStore, change } = await setUp();

    await expect(change(removeItem('matters', 'company-registration'))).rejects.toMatchObject({
      code: 'bookings_stranded',
    });
    await change(removeItem('matters', 'company-registration'), true);
    // Deleting it again while the booking still needs it keeps it retired.
    await change(removeItem('matters', 'company-registration'));
    await change(removeItem('matters', 'invoice-issuing'));

    const stored = (await configStore.getConfig(tenantId))!.config;
    expect(stored.matters.find((m) => m.id === 'company-registration')?.retired).toBe(true);
    expect(stored.matters.some((m) => m.id === 'invoice-issuing')).toBe(false);
    const audit = await configStore.listAudit(tenantId, { limit: 5 });
    expect(audit.map((a) => a.action)).toContain(
      'DELETE matters/company-registration (retired: active bookings need it)',
    );
  });

  it('a cancelled booking is not stranded: the day closes without asking', async () => {
    const { booking, service, bookingStore, change } = await setUp();
    await service.cancel(tenantId, booking.code, { phone: request.applicant.phone });

    const saved = await change(closeTuesday);

    expect(saved.stranded).toEqual([]);
    expect((await bookingStore.getBooking(tenantId, booking.code))?.booking.stranded).toBeUndefined();
  });
});
