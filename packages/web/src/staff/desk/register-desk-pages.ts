import type { Hono } from 'hono';
import type { PagesDeps } from '../../pages-deps.js';
import type { StaffEnv } from '../session/staff-session.js';
import { recordAtDesk, showDeskConsole } from './desk-console.js';
import { dispatchFromBoard, showDispatchBoard } from './dispatch-board.js';
import { decideFromLedger, showLedger } from './ledger-page.js';
import { showWindowBookings, windowStep } from './window-bookings.js';

/**
 * The desk's pages, behind the staff guard: the desk console, the dispatch board, a window's list
 * of dispatched bookings and the booking ledger. Without the desk use cases (a pages-only test
 * app) they are not registered.
 */
export function registerDeskPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  const { desk } = deps;
  if (!desk) return;
  staff.get('/:tenantId/staff/desk', showDeskConsole(deps, desk));
  staff.post('/:tenantId/staff/desk', recordAtDesk(deps, desk));
  staff.get('/:tenantId/staff/dispatch', showDispatchBoard(deps, desk));
  staff.post('/:tenantId/staff/dispatch/:code', dispatchFromBoard(deps, desk));
  staff.get('/:tenantId/staff/windows/:windowId/bookings', showWindowBookings(deps, desk));
  staff.post('/:tenantId/staff/windows/:windowId/bookings/:code/:step', windowStep(deps, desk));
  staff.get('/:tenantId/staff/ledger', showLedger(deps, desk));
  staff.post('/:tenantId/staff/ledger/:code/decision', decideFromLedger(deps, desk));
}
