import { z } from 'zod';
import { CalendarOverrideSchema } from '../calendar/calendar-override.js';
import { CareSettingsSchema } from '../care/care-settings.js';
import { NotificationSettingsSchema } from '../notify/notification-settings.js';
import { StaffingRulesSchema } from '../rota/staffing-rules.js';
import { StaffMemberSchema } from '../staff/staff-member.js';
import { BookingPolicySchema } from './booking-policy.js';
import { BundleSchema } from './bundle.js';
import { DepartmentSchema } from './department.js';
import { HallSchema } from './hall.js';
import { MatterSchema } from './matter.js';
import { ServiceWindowSchema } from './service-window.js';
import { longestSlotMinutes } from './slot-limit.js';
import { TenantSchema } from './tenant.js';

function duplicateIds(items: { id: string }[]): number[] {
  const seen = new Set<string>();
  const dupes: number[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) dupes.push(i);
    seen.add(item.id);
  });
  return dupes;
}

/** Everything a district configures: the aggregate the admin API reads and writes as one version. */
export const TenantConfigSchema = z
  .object({
    tenant: TenantSchema,
    halls: z.array(HallSchema).min(1).max(200),
    departments: z.array(DepartmentSchema).max(200),
    windows: z.array(ServiceWindowSchema).max(1000),
    matters: z.array(MatterSchema).max(2000),
    bookingPolicy: BookingPolicySchema,
    calendarOverrides: z.array(CalendarOverrideSchema).max(1000).default([]),
    /** The staff directory: who may sign in, in which department, at which windows, in which roles. */
    staff: z.array(StaffMemberSchema).max(1000).default([]),
    /** Staffing rules the rota is checked against, A/B roles and time off in lieu; defaults when absent. */
    staffingRules: StaffingRulesSchema.optional(),
    /** Text messages (短信): signature, zh texts per template, and the provider that sends them. */
    notifications: NotificationSettingsSchema.default({ signName: '不打烊', texts: {} }),
    /** 好差评, complaints and follow-ups: deadlines and the default rating (every field has a default). */
    care: CareSettingsSchema.prefault({}),
    /** 一件事一次办: matters of several departments booked as one booking at a lead window. */
    bundles: z.array(BundleSchema).max(200).default([]),
  })
  .superRefine((c, ctx) => {
    for (const key of ['halls', 'departments', 'windows', 'matters', 'staff', 'bundles'] as const) {
      for (const i of duplicateIds(c[key])) {
        ctx.addIssue({ code: 'custom', message: `duplicate id "${c[key][i]!.id}"`, path: [key, i, 'id'] });
      }
    }
    const halls = new Set(c.halls.map((h) => h.id));
    const departments = new Set(c.departments.map((d) => d.id));
    const windows = new Set(c.windows.map((w) => w.id));
    c.windows.forEach((w, i) => {
      if (!halls.has(w.hallId))
        ctx.addIssue({
          code: 'custom',
          message: `unknown hall "${w.hallId}"`,
          path: ['windows', i, 'hallId'],
        });
      if (!departments.has(w.departmentId))
        ctx.addIssue({
          code: 'custom',
          message: `unknown department "${w.departmentId}"`,
          path: ['windows', i, 'departmentId'],
        });
    });
    c.matters.forEach((m, i) => {
      if (!departments.has(m.departmentId))
        ctx.addIssue({
          code: 'custom',
          message: `unknown department "${m.departmentId}"`,
          path: ['matters', i, 'departmentId'],
        });
      m.windowIds.forEach((w, j) => {
        if (!windows.has(w))
          ctx.addIssue({
            code: 'custom',
            message: `unknown window "${w}"`,
            path: ['matters', i, 'windowIds', j],
          });
      });
      if (m.slotMinutes > c.bookingPolicy.maxBookingMinutes)
        ctx.addIssue({
          code: 'custom',
          message: `slot of ${m.slotMinutes} min is longer than the longest booking (${c.bookingPolicy.maxBookingMinutes} min)`,
          path: ['matters', i, 'slotMinutes'],
        });
    });
    c.staff.forEach((s, i) => {
      if (!departments.has(s.departmentId))
        ctx.addIssue({
          code: 'custom',
          message: `unknown department "${s.departmentId}"`,
          path: ['staff', i, 'departmentId'],
        });
      s.windowIds.forEach((w, j) => {
        if (!windows.has(w))
          ctx.addIssue({
            code: 'custom',
            message: `unknown window "${w}"`,
            path: ['staff', i, 'windowIds', j],
          });
      });
    });
    const staff = new Set(c.staff.map((s) => s.id));
    c.staffingRules?.abRoles.forEach((r, i) => {
      if (!windows.has(r.windowId))
        ctx.addIssue({
          code: 'custom',
          message: `unknown window "${r.windowId}"`,
          path: ['staffingRules', 'abRoles', i, 'windowId'],
        });
      [r.a, ...r.b].forEach((id, j) => {
        if (!staff.has(id))
          ctx.addIssue({
            code: 'custom',
            message: `unknown staff member "${id}"`,
            path: ['staffingRules', 'abRoles', i, j === 0 ? 'a' : 'b', ...(j === 0 ? [] : [j - 1])],
          });
      });
    });
    c.halls.forEach((h, i) => {
      h.queue?.categories.forEach((cat, j) => {
        cat.windowIds.forEach((w, k) => {
          if (!c.windows.some((x) => x.id === w && x.hallId === h.id))
            ctx.addIssue({
              code: 'custom',
              message: `unknown window "${w}" in this hall`,
              path: ['halls', i, 'queue', 'categories', j, 'windowIds', k],
            });
        });
      });
    });
    // A bundle may name a matter deleted since (it is then left out of the visit; a bundle whose lead
    // matter is gone is not offered): deleting a matter never waits for the bundles.
    c.bundles.forEach((b, i) => {
      if (!b.matterIds.includes(b.leadMatterId))
        ctx.addIssue({
          code: 'custom',
          message: 'the lead matter must be one of the bundle’s matters',
          path: ['bundles', i, 'leadMatterId'],
        });
      // The booking is listed under each window of the bundle, in the same write as its places.
      const lead = c.matters.find((m) => m.id === b.leadMatterId);
      const windowsOfBundle = new Set(
        c.matters.filter((m) => b.matterIds.includes(m.id)).flatMap((m) => m.windowIds),
      );
      const longest = longestSlotMinutes(windowsOfBundle.size);
      if (lead && lead.slotMinutes > longest)
        ctx.addIssue({
          code: 'custom',
          message: `the lead matter's slot of ${lead.slotMinutes} min is longer than a booking of this bundle (${windowsOfBundle.size} windows) can be moved in one step (at most ${longest} min)`,
          path: ['bundles', i, 'leadMatterId'],
        });
    });
    c.calendarOverrides.forEach((o, i) => {
      if (o.hallId !== undefined && !halls.has(o.hallId))
        ctx.addIssue({
          code: 'custom',
          message: `unknown hall "${o.hallId}"`,
          path: ['calendarOverrides', i, 'hallId'],
        });
    });
  })
  .meta({ id: 'TenantConfig' });
export type TenantConfig = z.infer<typeof TenantConfigSchema>;
/** A config as written by an admin, before defaults are applied. */
export type TenantConfigInput = z.input<typeof TenantConfigSchema>;
