import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { bookingNotice, noticeSnapshot } from './booking-notice.js';

const zibo = seedConfig('zibo');
const booking = {
  matterId: 'enterprise-establishment',
  hallId: 'zibo-center',
  windowIds: ['market-access-1'],
  start: '2026-10-05T09:30:00+08:00',
};

describe('bookingNotice (一次告知)', () => {
  it('lists every material, the window, the hall with its phone, and the change deadline', () => {
    const notice = bookingNotice(zibo, booking, noticeSnapshot(zibo, booking));
    const matter = zibo.matters.find((m) => m.id === booking.matterId)!;
    expect(notice.matter.materials).toEqual(matter.materials);
    expect(notice.windows.map((w) => w.code)).toEqual(['市场准入 1']);
    expect(notice.hall).toMatchObject({ phone: '0533-2512345', address: zibo.halls[0]!.address });
    // Zibo: changes until 12 hours (720 minutes) before the start.
    expect(notice.changeUntil).toBe('2026-10-04T21:30:00+08:00');
  });

  it('keeps what the booking was told, while the deadline follows the policy in force', () => {
    const snapshot = noticeSnapshot(zibo, booking);
    const edited = structuredClone(zibo);
    edited.matters.find((m) => m.id === booking.matterId)!.materials = [{ zh: '新材料', en: 'New material' }];
    edited.bookingPolicy.changeCutoffMinutes = 60;
    const notice = bookingNotice(edited, booking, snapshot);
    expect(notice.matter.materials).toEqual(snapshot.matter.materials);
    expect(notice.changeUntil).toBe('2026-10-05T08:30:00+08:00');
  });

  it('still answers for a matter and hall the configuration no longer has', () => {
    const snapshot = noticeSnapshot(zibo, {
      ...booking,
      matterId: 'retired-matter',
      hallId: 'old-hall',
      windowIds: [],
    });
    expect(snapshot.matter).toEqual({
      id: 'retired-matter',
      name: { zh: 'retired-matter', en: 'retired-matter' },
      materials: [],
    });
    expect(snapshot.hall.name).toEqual({ zh: 'old-hall', en: 'old-hall' });
    expect(snapshot.windows).toEqual([]);
  });
});
