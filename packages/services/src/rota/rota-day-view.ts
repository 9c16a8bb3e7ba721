import {
  type CalendarDay,
  type CoverProposal,
  calendarDayOf,
  coverProposals,
  type NationalCalendarContext,
  NotFoundError,
  type RotaDay,
  type RotaDayInput,
  type StaffingViolation,
  staffingRulesOf,
  staffingViolations,
  type TenantConfig,
} from '@openhall/domain';

/** A hall-day's rota with what the calendar says of the day and every rule it breaks. */
export interface RotaDayView {
  hallId: string;
  date: string;
  dayKind: CalendarDay['kind'];
  provisional: boolean;
  holidayName?: string;
  /** The hall's hours that day from the calendar engine. */
  hours: { from: string; to: string }[];
  /** Undefined when nobody planned the day yet. */
  rota?: RotaDay;
  violations: StaffingViolation[];
  /** AB角: who may cover each absence; an empty list is a vacancy risk (空岗风险). */
  coverProposals: CoverProposal[];
}

export function hallOf(config: TenantConfig, hallId: string) {
  const hall = config.halls.find((h) => h.id === hallId);
  if (!hall) throw new NotFoundError(`hall "${hallId}"`, 'hall_not_found');
  return hall;
}

/** The view of a rota (saved or proposed) on the calendar engine's day. */
export function rotaDayView(
  config: TenantConfig & NationalCalendarContext,
  hallId: string,
  date: string,
  rota: RotaDayInput | RotaDay | undefined,
): RotaDayView {
  hallOf(config, hallId);
  const day = calendarDayOf(config, hallId, date);
  const rules = staffingRulesOf(config);
  const plan = rota ?? { assignments: [], absences: [] };
  const violations = staffingViolations({
    day,
    hallId,
    windows: config.windows,
    staff: config.staff,
    rules,
    rota: plan,
  });
  return {
    hallId,
    date,
    dayKind: day.kind,
    provisional: day.provisional,
    ...(day.holidayName ? { holidayName: day.holidayName } : {}),
    hours: (day.halls.find((h) => h.hallId === hallId)?.intervals ?? []).map((i) => ({
      from: i.from,
      to: i.to,
    })),
    ...(rota && 'version' in rota ? { rota } : {}),
    violations,
    coverProposals: coverProposals(plan, rules.abRoles, config.staff),
  };
}
