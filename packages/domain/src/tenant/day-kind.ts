import { z } from 'zod';

/**
 * Kind of a calendar day.
 * - workday 工作日
 * - restday 休息日 (an ordinary weekend)
 * - holiday 法定节假日 (statutory holiday, including the weekends and 调休 days inside it)
 * - makeup-workday 调休补班 (a weekend day made a working day)
 */
export const DayKindSchema = z
  .enum(['workday', 'restday', 'holiday', 'makeup-workday'])
  .meta({ id: 'DayKind' });
export type DayKind = z.infer<typeof DayKindSchema>;

/** Kinds a policy is written for: a make-up working day follows the working-day rule. */
export const PolicyDayKindSchema = z.enum(['workday', 'restday', 'holiday']);
export type PolicyDayKind = z.infer<typeof PolicyDayKindSchema>;

export function policyKindOf(kind: DayKind): PolicyDayKind {
  return kind === 'makeup-workday' ? 'workday' : kind;
}

export function isWorkingDay(kind: DayKind): boolean {
  return kind === 'workday' || kind === 'makeup-workday';
}
