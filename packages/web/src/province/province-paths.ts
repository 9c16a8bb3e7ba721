/** Every URL of the provincial pages (under `/p/{province}`); the token cookie is scoped to it. */
export const provincePaths = {
  reports: (province: string) => `/p/${province}/reports`,
  reportsCsv: (province: string, q: { from: string; to: string }) =>
    `/p/${province}/reports/export.csv?from=${q.from}&to=${q.to}`,
  reportsXlsx: (province: string, q: { from: string; to: string }) =>
    `/p/${province}/reports/export.xlsx?from=${q.from}&to=${q.to}`,
  signIn: (province: string) => `/p/${province}/sign-in`,
  signOut: (province: string) => `/p/${province}/sign-out`,
  cookiePath: (province: string) => `/p/${province}`,
};
