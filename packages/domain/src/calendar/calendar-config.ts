import type { TenantConfig } from '../tenant/tenant-config.js';

/** The part of a tenant's configuration the calendar reads. */
export type CalendarConfig = Pick<TenantConfig, 'halls' | 'calendarOverrides'>;
