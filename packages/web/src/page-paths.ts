/** Every URL of the citizen pages, so links and routes cannot drift apart. */
export const pagePaths = {
  home: (tenantId: string) => `/t/${tenantId}`,
  matter: (tenantId: string, matterId: string, hallId?: string) =>
    `/t/${tenantId}/matters/${encodeURIComponent(matterId)}${hallId ? `?hallId=${encodeURIComponent(hallId)}` : ''}`,
  book: (tenantId: string, q?: { matterId: string; hallId: string; date: string; bundleId?: string }) =>
    q
      ? `/t/${tenantId}/book?${new URLSearchParams({
          matterId: q.matterId,
          hallId: q.hallId,
          date: q.date,
          ...(q.bundleId ? { bundleId: q.bundleId } : {}),
        })}`
      : `/t/${tenantId}/book`,
  /** 一件事一次办: one bundle, its matters and the days it can be booked. */
  bundle: (tenantId: string, bundleId: string, hallId?: string) =>
    `/t/${tenantId}/bundles/${encodeURIComponent(bundleId)}${hallId ? `?hallId=${encodeURIComponent(hallId)}` : ''}`,
  /** The booking code may prefill the form; the phone never travels in a URL. */
  myBooking: (tenantId: string, code?: string) =>
    `/t/${tenantId}/my-booking${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  /** 我的全部预约: by phone and SMS code. */
  myBookings: (tenantId: string) => `/t/${tenantId}/my-bookings`,
  myBookingsCode: (tenantId: string) => `/t/${tenantId}/my-bookings/code`,
  cancel: (tenantId: string) => `/t/${tenantId}/my-booking/cancel`,
  reschedule: (tenantId: string) => `/t/${tenantId}/my-booking/reschedule`,
  ics: (tenantId: string) => `/t/${tenantId}/my-booking/ics`,
  preferences: (tenantId: string) => `/t/${tenantId}/preferences`,
};
