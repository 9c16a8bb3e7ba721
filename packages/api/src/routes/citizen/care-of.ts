import type { CareUseCases } from '@openhall/services';
import type { ApiDeps } from '../../api-deps.js';

/** The accountability use cases; an app wired without them is a wiring fault, said plainly. */
export function careOf(deps: Pick<ApiDeps, 'care'>): CareUseCases {
  if (!deps.care) throw new Error('the app was built without the care use cases (ApiDeps.care)');
  return deps.care;
}
