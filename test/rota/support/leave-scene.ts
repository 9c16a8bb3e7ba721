import type { RotaAssignment } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';

/*
 * The leave tests' scene: Chengde on Tuesday 1 December 2026, leave on the working days after.
 * Approval-1's A holder asks for leave; its B holder is free to cover.
 */
export const NOW = '2026-12-01T10:00:00+08:00';
export const tenantId = 'chengde-gxq';
export const hallId = 'chengde-gxq-center';
export const A = `${tenantId}-approval-1-a`;
export const B = `${tenantId}-approval-1-b`;
export const MANAGER = `${tenantId}-section-manager`;
export const ADMIN = `${tenantId}-district-admin`;

/** Every window's A holder all day (approval-1's B is free to cover). */
export function fullDay(): RotaAssignment[] {
  return seedConfig(tenantId).windows.flatMap((w) => {
    const staffId = w.id === 'consultation-desk' ? `${tenantId}-desk` : `${tenantId}-${w.id}-a`;
    return [
      { staffId, duty: 'window' as const, windowId: w.id, from: '09:00', to: '11:30' },
      { staffId, duty: 'window' as const, windowId: w.id, from: '14:00', to: '17:00' },
    ];
  });
}
