import { staffPaths } from '../staff-paths.js';

/** URLs of the staff directory pages. */
export const directoryPaths = {
  list: (t: string) => `${staffPaths.admin(t)}/staff`,
  member: (t: string, id: string) => `${staffPaths.admin(t)}/staff/${encodeURIComponent(id)}`,
};
