import { z } from 'zod';
import { SlugSchema, TextLineSchema, TextLinesSchema } from '../shared/primitives.js';
import { isShanghaiIso } from '../shared/shanghai-time.js';
import { CareRuleError, CareTransitionError } from './care-errors.js';
import { TrailEntrySchema, withEntry } from './trail.js';

const IsoSchema = z.string().meta({ example: '2026-02-13T10:00:00+08:00' });

/**
 * 特事特办 special handling (a green-channel case with its own due time, not bound by the matter's
 * promised limit), or 帮办代办 help (a staff member guiding a person or project through every step).
 */
export const CaseKindSchema = z.enum(['special-handling', 'help']).meta({ id: 'CaseKind' });
export type CaseKind = z.infer<typeof CaseKindSchema>;

/**
 * Whom 帮办代办 serves: a person (全程帮办 for the elderly and others who need it; who they are is in
 * the title, no phone here), or a project, named, with whether it is a county-level-or-above key
 * project (县级以上重点项目).
 */
export const CaseSubjectSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('person') }),
    z.object({
      kind: z.literal('project'),
      projectName: TextLineSchema(200),
      keyProject: z.boolean().default(false),
    }),
  ])
  .meta({ id: 'CaseSubject' });
export type CaseSubject = z.infer<typeof CaseSubjectSchema>;

export const CaseFileInputSchema = z
  .object({
    kind: CaseKindSchema,
    /** 帮办代办: the person or project assigned (required for `help`). */
    subject: CaseSubjectSchema.optional(),
    /** The person or project, as staff describe it (no phone here). */
    title: TextLineSchema(200),
    matterId: SlugSchema.optional(),
    departmentId: SlugSchema,
    ownerStaffId: SlugSchema,
    /** When it must be done; not the matter's promised limit. */
    dueAt: z
      .string()
      .refine(isShanghaiIso, 'expected ISO 8601 in +08:00 on a whole minute, e.g. 2026-02-20T17:00:00+08:00')
      .meta({ example: '2026-02-20T17:00:00+08:00' }),
  })
  .meta({ id: 'CaseFileInput' });
export type CaseFileInput = z.infer<typeof CaseFileInputSchema>;

export const CaseFileSchema = z
  .object({
    id: z.string(),
    kind: CaseKindSchema,
    status: z.enum(['open', 'done']),
    title: z.string(),
    matterId: z.string().optional(),
    subject: CaseSubjectSchema.optional(),
    departmentId: z.string(),
    ownerStaffId: z.string(),
    dueAt: IsoSchema,
    openedAt: IsoSchema,
    doneAt: IsoSchema.optional(),
    /** Progress notes / help steps, in order (the trail holds them with who and when). */
    trail: z.array(TrailEntrySchema),
  })
  .meta({ id: 'CaseFile' });
export type CaseFile = z.infer<typeof CaseFileSchema>;

export const CaseNoteInputSchema = z
  .object({ note: TextLinesSchema(2000), done: z.boolean().default(false) })
  .meta({ id: 'CaseNoteInput' });

/** 换人: the case goes to another member (their department follows), with a reason kept. */
export const CaseReassignInputSchema = z
  .object({ ownerStaffId: SlugSchema, note: TextLinesSchema(2000).optional() })
  .meta({ id: 'CaseReassignInput' });
export type CaseReassignInput = z.infer<typeof CaseReassignInputSchema>;

export function openCaseFile(input: CaseFileInput, facts: { id: string; now: string; by: string }): CaseFile {
  if (input.kind === 'help' && !input.subject)
    throw new CareRuleError('help_subject_required', 'a help assignment names a person or a project', {});
  return {
    id: facts.id,
    status: 'open',
    ...input,
    openedAt: facts.now,
    trail: [{ at: facts.now, by: facts.by, action: 'opened', note: input.title }],
  };
}

/** A progress note or help step; `done` completes the case with it. */
export function noteCaseFile(
  c: CaseFile,
  input: { note: string; done: boolean },
  facts: { now: string; by: string },
): CaseFile {
  if (c.status !== 'open') throw new CareTransitionError('case', c.id, c.status, 'add a note');
  return {
    ...c,
    ...(input.done ? { status: 'done' as const, doneAt: facts.now } : {}),
    trail: withEntry(c.trail, {
      at: facts.now,
      by: facts.by,
      action: input.done ? 'done' : 'progress',
      note: input.note,
    }),
  };
}

/** The case given to another member of the directory; the trail keeps from whom, to whom and why. */
export function reassignCaseFile(
  c: CaseFile,
  to: { ownerStaffId: string; departmentId: string; note?: string | undefined },
  facts: { now: string; by: string },
): CaseFile {
  if (c.status !== 'open') throw new CareTransitionError('case', c.id, c.status, 'reassign');
  if (to.ownerStaffId === c.ownerStaffId)
    throw new CareRuleError('case_same_owner', 'the case is with this member already', {
      ownerStaffId: c.ownerStaffId,
    });
  return {
    ...c,
    ownerStaffId: to.ownerStaffId,
    departmentId: to.departmentId,
    trail: withEntry(c.trail, {
      at: facts.now,
      by: facts.by,
      action: 'reassigned',
      note: `${c.ownerStaffId} → ${to.ownerStaffId}${to.note ? `: ${to.note}` : ''}`,
    }),
  };
}
