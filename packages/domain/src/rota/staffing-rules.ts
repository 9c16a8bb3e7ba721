import { z } from 'zod';
import { SlugSchema } from '../shared/primitives.js';
import { PolicyDayKindSchema } from '../tenant/day-kind.js';
import { ServiceWindowSchema } from '../tenant/service-window.js';

export const WindowKindSchema = ServiceWindowSchema.shape.kind.unwrap();

/**
 * A minimum staffing on some kinds of day: among the hall's windows of `windowKind`, at least
 * `windows` open windows with at least `people` each, counted per department (承德: 2 comprehensive
 * windows per category), per window (every window of the kind), or for the hall as a whole.
 */
export const StaffingMinimumSchema = z
  .object({
    dayKinds: z.array(PolicyDayKindSchema).min(1),
    windowKind: WindowKindSchema,
    per: z.enum(['department', 'window', 'hall']),
    windows: z.number().int().min(1).max(50),
    people: z.number().int().min(1).max(20),
  })
  .meta({ id: 'StaffingMinimum' });
export type StaffingMinimum = z.infer<typeof StaffingMinimumSchema>;

/** A minimum of people on a duty away from the windows (the service section on duty). */
export const DutyMinimumSchema = z
  .object({
    dayKinds: z.array(PolicyDayKindSchema).min(1),
    duty: z.enum(['service-section', 'on-call']),
    people: z.number().int().min(1).max(20),
  })
  .meta({ id: 'DutyMinimum' });
export type DutyMinimum = z.infer<typeof DutyMinimumSchema>;

/** AB角 of one window: the A holder and the B holders who cover for them. */
export const AbRoleSchema = z
  .object({ windowId: SlugSchema, a: SlugSchema, b: z.array(SlugSchema).min(1).max(5) })
  .meta({ id: 'AbRole' });
export type AbRole = z.infer<typeof AbRoleSchema>;

/** How a staff category is compensated for rest-day, holiday and extra hours (调休/补休 or pay). */
export const CompensationSchema = z.enum(['leave', 'allowance']).meta({ id: 'Compensation' });
export type Compensation = z.infer<typeof CompensationSchema>;

/**
 * A tenant's staffing rules, checked on every rota change (all configurable; the defaults apply
 * to a tenant that sets none).
 */
export const StaffingRulesSchema = z
  .object({
    /** Every open hour of every open window has someone at it (no gap, 不断档). */
    everyOpenWindowHourStaffed: z.boolean().default(true),
    /** On working days every window of the hall is open; on other days only the rostered ones. */
    allWindowsOpenOnWorkdays: z.boolean().default(true),
    minimums: z.array(StaffingMinimumSchema).max(50).default([]),
    dutyMinimums: z.array(DutyMinimumSchema).max(10).default([]),
    /** People who go on one door-to-door visit together (Boai: at least two). */
    doorToDoorPeople: z.number().int().min(1).max(5).default(2),
    abRoles: z.array(AbRoleSchema).max(1000).default([]),
    /**
     * Per staff category and kind of extra hours: leave (调休) or an allowance. Contract staff's
     * statutory-holiday work is paid, not swapped (劳动法 art. 44).
     */
    compensation: z
      .object({
        'civil-servant': z
          .object({ restday: CompensationSchema, holiday: CompensationSchema, extra: CompensationSchema })
          .default({ restday: 'leave', holiday: 'leave', extra: 'leave' }),
        contract: z
          .object({ restday: CompensationSchema, holiday: CompensationSchema, extra: CompensationSchema })
          .default({ restday: 'leave', holiday: 'allowance', extra: 'leave' }),
      })
      .default({
        'civil-servant': { restday: 'leave', holiday: 'leave', extra: 'leave' },
        contract: { restday: 'leave', holiday: 'allowance', extra: 'leave' },
      }),
  })
  .meta({ id: 'StaffingRules' });
export type StaffingRules = z.infer<typeof StaffingRulesSchema>;
export type StaffingRulesInput = z.input<typeof StaffingRulesSchema>;

/** The tenant's rules, or the defaults when it set none. */
export function staffingRulesOf(config: { staffingRules?: StaffingRules | undefined }): StaffingRules {
  return config.staffingRules ?? StaffingRulesSchema.parse({});
}
