import type { TenantConfig } from '@openhall/domain';
import { type ConfigChange, type ConfigCollection, putItem, removeItem } from '@openhall/services';
import type { ConfigForm } from '../form-kit/config-form.js';
import { consolePaths } from './console-paths.js';

type Item = { id: string };

/**
 * What the forms of one list's items share: the item by its id, where it sits in the
 * configuration, and the changes the admin API makes of a `PUT` and a `DELETE` of it.
 */
export function collectionForm(collection: ConfigCollection) {
  const list = (config: TenantConfig) => config[collection] as Item[];
  return {
    load: (config: TenantConfig, itemId: string | undefined) => list(config).find((i) => i.id === itemId),
    pointer: (config: TenantConfig, itemId: string) => {
      const at = list(config).findIndex((i) => i.id === itemId);
      return `/${collection}/${at >= 0 ? at : list(config).length}`;
    },
    change: ((value: Item, itemId: string): ConfigChange =>
      putItem(collection, itemId, value)) as ConfigForm['change'],
    remove: (itemId: string) => removeItem(collection, itemId),
    afterRemove: (t: string) =>
      collection === 'staff'
        ? `${consolePaths.index(t).replace(/\/config$/, '')}/staff`
        : consolePaths.list(t, collection),
  };
}
