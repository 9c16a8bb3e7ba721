import { z } from 'zod';
import { isMobilePhone, normalisePhone } from '../booking/applicant.js';
import { SlugSchema, TextLineSchema } from '../shared/primitives.js';

/** Roles a tenant's own staff hold (a provincial office and the platform operator belong to no tenant). */
export const StaffRoleSchema = z
  .enum(['district-admin', 'desk', 'window', 'section-manager'])
  .meta({ id: 'StaffRole' });
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/**
 * Civil servants (公务员) take rest-day and holiday hours back as leave; contract staff are paid for
 * statutory-holiday work by labour law. The rota issue accrues time off by this.
 */
export const StaffCategorySchema = z.enum(['civil-servant', 'contract']).meta({ id: 'StaffCategory' });
export type StaffCategory = z.infer<typeof StaffCategorySchema>;

/**
 * One member of a district's staff directory. The id is what their token carries (`sub`, or the
 * `staff_id` claim where the identity provider's subject is opaque), so every action they take is
 * recorded under it. Names are the district's own data; seeded names are invented.
 */
export const StaffMemberSchema = z
  .object({
    id: SlugSchema,
    name: TextLineSchema(40),
    departmentId: SlugSchema,
    /** Windows they may serve; a window member's screen opens on the first. */
    windowIds: z.array(SlugSchema).max(50).default([]),
    roles: z.array(StaffRoleSchema).min(1).max(4),
    category: StaffCategorySchema.default('civil-servant'),
    /** Left the hall: kept so the records they signed still name them, but they no longer sign in. */
    retired: z.boolean().default(false),
    /**
     * Mobile for the alerts sent by SMS (a section manager is told of late bookings and the morning
     * overdue list). Never logged, never in an event; shown masked.
     */
    phone: z
      .string()
      .overwrite(normalisePhone)
      .refine((p) => isMobilePhone(p), 'expected a mainland mobile number such as 13812345678')
      .meta({ example: '13912345678' })
      .optional(),
  })
  .meta({ id: 'StaffMember' });
export type StaffMember = z.infer<typeof StaffMemberSchema>;
export type StaffMemberInput = z.input<typeof StaffMemberSchema>;

/** The member of the directory with this id, if any (retired ones included: their records stay theirs). */
export function staffMemberOf(staff: readonly StaffMember[], id: string): StaffMember | undefined {
  return staff.find((s) => s.id === id);
}
