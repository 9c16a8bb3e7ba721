/** The citizen care pages' URLs (under `/t/{tenantId}/care`). */
export const carePaths = {
  doorToDoor: (t: string) => `/t/${t}/care/door-to-door`,
  visit: (t: string, code?: string) => `/t/${t}/care/visit${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  visitLookup: (t: string) => `/t/${t}/care/visit`,
  rateEntry: (t: string) => `/t/${t}/care/rate`,
  rate: (t: string, code: string) => `/t/${t}/care/rate/${encodeURIComponent(code)}`,
  complain: (t: string) => `/t/${t}/care/complain`,
  complaintEntry: (t: string) => `/t/${t}/care/complaint`,
  complaint: (t: string, code: string) => `/t/${t}/care/complaint?code=${encodeURIComponent(code)}`,
};
