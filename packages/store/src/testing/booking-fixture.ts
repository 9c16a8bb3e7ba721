import type { Booking, BookingNoticeSnapshot, StoredBooking } from '@openhall/domain';

/** A valid booking for store tests (invented applicant), with any field replaced. */
export function bookingFixture(overrides: Partial<Booking> = {}): Booking {
  return {
    code: 'K7QXM4RTD',
    tenantId: 'zibo',
    matterId: 'company-registration',
    hallId: 'city-center',
    windowIds: ['b02'],
    windowId: 'b02',
    start: '2026-10-05T09:30:00+08:00',
    end: '2026-10-05T10:00:00+08:00',
    status: 'booked',
    channel: 'online',
    createdAt: '2026-09-30T10:00:00+08:00',
    updatedAt: '2026-09-30T10:00:00+08:00',
    history: [{ at: '2026-09-30T10:00:00+08:00', action: 'created', actor: 'citizen', channel: 'online' }],
    applicant: { name: '李明', phone: '13812345678', agent: false },
    ...overrides,
  };
}

/** The one-time notice a booking fixture was given (invented hall and window). */
export function noticeSnapshotFixture(): BookingNoticeSnapshot {
  const text = (zh: string, en: string) => ({ zh, en });
  return {
    tenant: { id: 'zibo', name: text('淄博市', 'Zibo'), servicePhone: '12345' },
    matter: {
      id: 'company-registration',
      name: text('公司登记', 'Company registration'),
      materials: [text('营业执照', 'Business licence')],
    },
    hall: {
      id: 'city-center',
      name: text('市民中心', 'City centre'),
      address: text('示例路 1 号', '1 Example Road'),
    },
    windows: [{ id: 'b02', code: '二楼 B02', name: text('市场准入', 'Market access'), floor: 2 }],
  };
}

export function storedBookingFixture(overrides: Partial<Booking> = {}, version = 1): StoredBooking {
  return {
    booking: bookingFixture(overrides),
    version,
    personId: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
    notice: noticeSnapshotFixture(),
  };
}
