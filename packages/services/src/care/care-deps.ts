import type { CareStore, ConfigStore, NationalScheduleStore, RatableServices } from '@openhall/domain';

/** What the accountability services run on. */
export interface CareDeps {
  careStore: CareStore;
  /** Completed services an applicant may rate; see `ratable-services.ts` for the ones we have. */
  ratableServices: RatableServices;
  configStore: ConfigStore;
  nationalScheduleStore: NationalScheduleStore;
  now: () => Date;
  /** Random bytes for the citizen codes; crypto's by default. */
  randomBytes?: (n: number) => Uint8Array;
}

/** Who acts: a signed-in staff member with their roles, the citizen, or the scheduled jobs. */
export type CareActor =
  | { kind: 'staff'; staffId: string; roles: readonly string[]; departmentId?: string }
  | { kind: 'citizen' }
  | { kind: 'system' };

/** Section managers and the district admin act for the hall: they approve refusals and decide appeals. */
export const APPROVING_ROLES = ['section-manager', 'district-admin'] as const;

export function approves(actor: CareActor): boolean {
  return (
    actor.kind === 'staff' && actor.roles.some((r) => (APPROVING_ROLES as readonly string[]).includes(r))
  );
}

/** 谁办理、谁负责: the owning department's staff act on its records; the hall's managers may too. */
export function actsFor(actor: CareActor, departmentId: string | undefined): boolean {
  return approves(actor) || (actor.kind === 'staff' && actor.departmentId === departmentId);
}

export function actorId(actor: CareActor): string {
  return actor.kind === 'staff' ? actor.staffId : actor.kind;
}
