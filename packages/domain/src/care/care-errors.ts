import { DomainError, NotFoundError } from '../shared/errors.js';

/** A record of the accountability services that is not there (`visit_not_found`, `complaint_not_found` ...). */
export class CareNotFoundError extends NotFoundError {}

/** The record is not in a state that allows this step (e.g. closing a follow-up already closed). */
export class CareTransitionError extends DomainError {
  readonly code = 'care_invalid_transition';
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly status: string,
    readonly action: string,
  ) {
    super(`the ${kind} is ${status}: "${action}" is not possible now`);
  }
}

/** A rule of the services refused the request; `code` names the rule, `detail` its facts. */
export class CareRuleError extends DomainError {
  constructor(
    readonly code: string,
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** 一次一评: the service has its rating already. */
export class AlreadyRatedError extends DomainError {
  readonly code = 'already_rated';
  constructor(readonly serviceRecordId: string) {
    super('this service has been rated already: one rating per service');
  }
}

/** The signed-in member's roles do not allow this step (e.g. approving a refusal). */
export class CareRoleError extends DomainError {
  readonly code = 'care_role_required';
  constructor(readonly roles: readonly string[]) {
    super(`only ${roles.join(' or ')} may do this`);
  }
}
