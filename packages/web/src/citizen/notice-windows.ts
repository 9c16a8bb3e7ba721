import type { BookingView, TenantConfig } from '@openhall/domain';

/** A window as the notice names it: the code on its sign and, when known, its floor. */
export interface NoticeWindow {
  id: string;
  code: string;
  floor?: number;
}

/**
 * The windows of a booking as its one-time notice (一次告知) named them. A window the notice lacks
 * (missing from the configuration when the notice was taken) or whose floor it lacks is completed
 * from today's configuration, and failing that shown by its id.
 */
export function noticeWindows(
  config: Pick<TenantConfig, 'windows'>,
  booking: Pick<BookingView, 'windowIds'> & { notice: Pick<BookingView['notice'], 'windows'> },
): NoticeWindow[] {
  return booking.windowIds.map((id) => {
    const told = booking.notice.windows.find((w) => w.id === id);
    const now = config.windows.find((w) => w.id === id);
    const floor = told?.floor ?? now?.floor;
    return { id, code: told?.code ?? now?.code ?? id, ...(floor === undefined ? {} : { floor }) };
  });
}
