import { staffPaths } from '../staff-paths.js';

/** The lists of the configuration that have a page of items and a form per item. */
export type ConsoleCollection = 'halls' | 'departments' | 'windows' | 'matters';

const base = (t: string) => `${staffPaths.admin(t)}/config`;

/** URLs of the admin console's configuration forms. */
export const consolePaths = {
  index: base,
  list: (t: string, collection: ConsoleCollection) => `${base(t)}/${collection}`,
  item: (t: string, collection: ConsoleCollection, itemId = 'new') =>
    `${base(t)}/${collection}/${encodeURIComponent(itemId)}`,
  opening: (t: string, hallId = '') => `${base(t)}/halls/${encodeURIComponent(hallId)}/opening`,
  lunar: (t: string, hallId = '') => `${base(t)}/halls/${encodeURIComponent(hallId)}/lunar`,
  bookingPolicy: (t: string) => `${base(t)}/booking-policy`,
  staffingRules: (t: string) => `${base(t)}/staffing-rules`,
};
