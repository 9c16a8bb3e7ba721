import type { CalendarDay } from '../calendar/calendar-day.js';
import type { StaffMember } from '../staff/staff-member.js';
import type { ServiceWindow } from '../tenant/service-window.js';
import type { RotaAssignment } from './rota-schemas.js';
import { type StaffingRules, StaffingRulesSchema } from './staffing-rules.js';

export const HALL = 'hall-1';

function window(id: string, departmentId: string, kind: ServiceWindow['kind']): ServiceWindow {
  return {
    id,
    code: id.toUpperCase(),
    name: { zh: id, en: id },
    hallId: HALL,
    departmentId,
    staffCount: 1,
    kind,
    retired: false,
  };
}

export const windows: ServiceWindow[] = [
  window('ap-1', 'approval', 'comprehensive'),
  window('ap-2', 'approval', 'comprehensive'),
  window('re-1', 'estate', 'comprehensive'),
  window('re-2', 'estate', 'comprehensive'),
  window('tax', 'tax', 'department'),
  window('desk', 'approval', 'consultation'),
];

function member(
  id: string,
  windowIds: string[],
  category: StaffMember['category'] = 'civil-servant',
): StaffMember {
  return { id, name: id, departmentId: 'approval', windowIds, roles: ['window'], category, retired: false };
}

export const staff: StaffMember[] = [
  member('ap-a', ['ap-1', 'ap-2']),
  member('ap-b', ['ap-1', 'ap-2'], 'contract'),
  member('re-a', ['re-1', 're-2']),
  member('re-b', ['re-1', 're-2'], 'contract'),
  member('tax-a', ['tax']),
  member('tax-b', ['tax'], 'contract'),
  member('desk-a', ['desk']),
  member('section', []),
];

/** A calendar day shaped as the engine answers it, with one or two sessions. */
export function dayOf(
  date: string,
  kind: CalendarDay['kind'],
  sessions: [string, string][] = [
    ['09:00', '11:30'],
    ['14:00', '17:00'],
  ],
): CalendarDay {
  return {
    date,
    kind,
    provisional: false,
    lunar: '',
    halls: [
      {
        hallId: HALL,
        intervals: sessions.map(([from, to]) => ({ from, to, mode: 'walk-in' as const })),
        extendedService: true,
        overridden: false,
      },
    ],
  };
}

/** Chengde's non-working-day rules, on the fixture windows. */
export const chengdeLike: StaffingRules = StaffingRulesSchema.parse({
  minimums: [
    {
      dayKinds: ['restday', 'holiday'],
      windowKind: 'comprehensive',
      per: 'department',
      windows: 2,
      people: 1,
    },
    { dayKinds: ['restday', 'holiday'], windowKind: 'department', per: 'window', windows: 1, people: 1 },
    { dayKinds: ['restday', 'holiday'], windowKind: 'consultation', per: 'window', windows: 1, people: 1 },
  ],
  dutyMinimums: [{ dayKinds: ['restday', 'holiday'], duty: 'service-section', people: 1 }],
  abRoles: [{ windowId: 'tax', a: 'tax-a', b: ['tax-b'] }],
});

export function at(staffId: string, windowId: string, from = '09:00', to = '17:00'): RotaAssignment {
  return { staffId, duty: 'window', windowId, from, to };
}
