/** URLs of the public queue pages: kiosk, board, the citizen's ticket. */
export const queuePaths = {
  kiosk: (t: string, hallId: string) => `/t/${t}/halls/${encodeURIComponent(hallId)}/kiosk`,
  kioskTicket: (t: string, hallId: string) => `/t/${t}/halls/${encodeURIComponent(hallId)}/kiosk/tickets`,
  kioskCheckIn: (t: string, hallId: string) => `/t/${t}/halls/${encodeURIComponent(hallId)}/kiosk/check-in`,
  board: (t: string, hallId: string) => `/t/${t}/halls/${encodeURIComponent(hallId)}/board`,
  boardJson: (t: string, hallId: string) => `/t/${t}/halls/${encodeURIComponent(hallId)}/board.json`,
  ticket: (t: string, code: string) => `/t/${t}/tickets/${encodeURIComponent(code)}`,
  ticketJson: (t: string, code: string) => `/t/${t}/tickets/${encodeURIComponent(code)}/status.json`,
  confirm: (t: string, code: string) => `/t/${t}/tickets/${encodeURIComponent(code)}/confirm`,
};
