import type { BookingPolicy, TenantConfig } from '@openhall/domain';

/**
 * The configuration with the tenant's phone check set to `mode`: test set-ups turn it `off` where a
 * test is not about the check, so its bookings need no SMS code.
 */
export function withPhoneVerification(
  config: TenantConfig,
  mode: BookingPolicy['phoneVerification'],
): TenantConfig {
  return { ...config, bookingPolicy: { ...config.bookingPolicy, phoneVerification: mode } };
}
