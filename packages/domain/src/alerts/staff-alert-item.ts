import { z } from 'zod';
import { SlugSchema } from '../shared/primitives.js';
import { ShanghaiDateTimeSchema } from '../shared/shanghai-date-time-schema.js';

/** What an alert is about: a late booking, or a care item (上门服务, 好差评 follow-up, complaint, case). */
export const StaffAlertKindSchema = z
  .enum(['late-booking', 'visit', 'follow-up', 'complaint', 'case'])
  .meta({ id: 'StaffAlertKind' });
export type StaffAlertKind = z.infer<typeof StaffAlertKindSchema>;

/** `late`: a booking not checked in by its lateness check; `near`: due within the day; `past`: overdue. */
export const StaffAlertStageSchema = z.enum(['late', 'near', 'past']).meta({ id: 'StaffAlertStage' });
export type StaffAlertStage = z.infer<typeof StaffAlertStageSchema>;

/**
 * One alert on one staff member's list (我的提醒): ids and times only. It is raised once (its id is
 * deterministic from what it is about and its stage, so a job run twice raises nothing new) and
 * marked read by whom and when; a read alert stays as the trail.
 */
export const StaffAlertItemSchema = z
  .object({
    tenantId: SlugSchema,
    staffId: SlugSchema,
    alertId: z.string().min(3).max(120),
    kind: StaffAlertKindSchema,
    /** The booking code or the care item's id. */
    subjectId: z.string().min(1).max(64),
    stage: StaffAlertStageSchema,
    /** The booking's start (late) or the deadline (near, past). */
    dueAt: ShanghaiDateTimeSchema,
    /** The window of a late booking, the department of a care item, when there is one. */
    windowId: SlugSchema.optional(),
    departmentId: SlugSchema.optional(),
    raisedAt: ShanghaiDateTimeSchema,
    raisedBy: z.literal('system'),
    readAt: ShanghaiDateTimeSchema.optional(),
    readBy: SlugSchema.optional(),
  })
  .meta({ id: 'StaffAlertItem' });
export type StaffAlertItem = z.infer<typeof StaffAlertItemSchema>;

/** What raises alerts: the item, its stage and whose it is; the recipients come from the directory. */
export interface StaffAlertRaise {
  kind: StaffAlertKind;
  subjectId: string;
  stage: StaffAlertStage;
  dueAt: string;
  owner: AlertOwner;
}

/** Whose screen an item belongs on: a member, a window's holders, a department; and the section managers. */
export interface AlertOwner {
  staffId?: string;
  windowId?: string;
  departmentId?: string;
  /** The section managers (科室负责人) are told too (a late booking). */
  sectionManagers?: boolean;
}

/**
 * The alert's id: what it is about and its stage (a late booking also its start, so a booking moved
 * and late again is a new alert). The same item at the same stage is one alert, whoever raises it.
 * @example staffAlertId('late-booking', 'K7QXM4RTD', 'late', '2026-03-03T09:00:00+08:00')
 * // 'late-booking.K7QXM4RTD.late.202603030900'
 */
export function staffAlertId(
  kind: StaffAlertKind,
  subjectId: string,
  stage: StaffAlertStage,
  dueAt: string,
): string {
  const base = `${kind}.${subjectId}.${stage}`;
  return kind === 'late-booking' ? `${base}.${dueAt.slice(0, 16).replace(/[-:T]/g, '')}` : base;
}

/** An item due within this long of the morning job is "near its deadline" on its owners' alert lists. */
export const NEAR_DEADLINE_MS = 24 * 3_600_000;
