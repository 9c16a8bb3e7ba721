import { type DomainEvent, newEvent, type SaveConfigInput } from '@openhall/domain';

/**
 * The `config.changed` event of a saved version: who, when, the action and the JSON pointers that
 * changed (never the values, which may hold staff names). Its id is the tenant and version, so a
 * retried save writes it once.
 */
export function configChangedEvent(
  input: Pick<SaveConfigInput, 'tenantId' | 'actor' | 'action' | 'at'>,
  version: number,
  changes: readonly { path: string }[],
): DomainEvent {
  return newEvent({
    type: 'config.changed',
    eventId: `config.${input.tenantId}.v${version}`,
    tenantId: input.tenantId,
    at: new Date(input.at),
    actor: input.actor,
    subjectId: input.tenantId,
    data: {
      configVersion: version,
      action: input.action.slice(0, 64),
      paths: changes.slice(0, 200).map((c) => c.path.slice(0, 200)),
    },
  });
}
