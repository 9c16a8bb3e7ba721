/** Every URL of the staff pages (under `/t/{tenantId}/staff`), so links and routes cannot drift apart. */
export const staffPaths = {
  home: (tenantId: string) => `/t/${tenantId}/staff`,
  /** The home's list of pages, shown even to a window-only member (whom the bare home sends to their window). */
  menu: (tenantId: string) => `/t/${tenantId}/staff?menu=1`,
  signIn: (tenantId: string, next?: string) =>
    `/t/${tenantId}/staff/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  signOut: (tenantId: string) => `/t/${tenantId}/staff/sign-out`,
  /** The one callback of the hosted sign-in, for every tenant (the state says which). */
  callback: '/auth/callback',
  /** Where the hosted sign-out comes back to. */
  signedOut: '/auth/signed-out',
  desk: (tenantId: string) => `/t/${tenantId}/staff/desk`,
  dispatch: (tenantId: string) => `/t/${tenantId}/staff/dispatch`,
  window: (tenantId: string, windowId: string) =>
    `/t/${tenantId}/staff/windows/${encodeURIComponent(windowId)}`,
  /** A window's list of dispatched bookings to sign for and handle (the desk's flow). */
  windowBookings: (tenantId: string, windowId: string) =>
    `/t/${tenantId}/staff/windows/${encodeURIComponent(windowId)}/bookings`,
  ledger: (tenantId: string) => `/t/${tenantId}/staff/ledger`,
  admin: (tenantId: string) => `/t/${tenantId}/staff/admin`,
  /** 上门服务, 好差评 follow-ups, complaints. */
  care: (tenantId: string) => `/t/${tenantId}/staff/care`,
  reports: (tenantId: string) => `/t/${tenantId}/staff/reports`,
  reportsCsv: (tenantId: string, q: { from: string; to: string; sheet: string }) =>
    `/t/${tenantId}/staff/reports/export.csv?from=${q.from}&to=${q.to}&sheet=${q.sheet}`,
  reportsXlsx: (tenantId: string, q: { from: string; to: string }) =>
    `/t/${tenantId}/staff/reports/export.xlsx?from=${q.from}&to=${q.to}`,
};

/** The staff pages' cookie path: the token is never sent to the citizen pages or the API. */
export function staffCookiePath(tenantId: string): string {
  return `/t/${tenantId}/staff`;
}

/** `next` if it is a path of this tenant's staff pages (never another site or tenant), else the home. */
export function safeNext(tenantId: string, next: string | undefined): string {
  const base = staffPaths.home(tenantId);
  if (next === undefined) return base;
  if (!(next === base || next.startsWith(`${base}/`) || next.startsWith(`${base}?`))) return base;
  if (next.includes('//') || next.includes('\\')) return base;
  return next;
}
